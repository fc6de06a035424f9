package io.pageflow.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

class OverlappingGlyphsTest {

    @Test
    void dropsTheSameTextDrawnOverItselfOnly() {
        OverlappingGlyphs drawn = new OverlappingGlyphs();
        assertFalse(drawn.drawnBefore("B", 100f, 700f, 2f));
        assertTrue(drawn.drawnBefore("B", 100.5f, 700.3f, 2f), "bold drawn as two passes");
        assertFalse(drawn.drawnBefore("o", 100.5f, 700.3f, 2f), "another letter at the same place");
        assertFalse(drawn.drawnBefore("B", 98f, 700f, 2f), "the range ends before x + tolerance");
        assertTrue(drawn.drawnBefore("B", 102f, 700f, 2f), "and starts at x - tolerance");
        assertFalse(drawn.drawnBefore("B", 100f, 680f, 2f), "a line below");
        drawn.clear();
        assertFalse(drawn.drawnBefore("B", 100f, 700f, 2f), "a new page");
    }

    /** Coordinates no page has, from a hostile file: answered, and quickly. */
    @Test
    void answersForCoordinatesAtTheEndsOfTheRange() {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            OverlappingGlyphs drawn = new OverlappingGlyphs();
            Map<String, TreeMap<Float, TreeSet<Float>>> reference = new HashMap<>();
            for (float y : new float[] {1e30f, -1e30f, Float.MAX_VALUE, -Float.MAX_VALUE, 1.5e20f, 1e5f}) {
                for (float tolerance : new float[] {2f, 1e26f, 1e5f}) {
                    for (int time = 0; time < 2; time++) {
                        assertEquals(pdfBoxDrops(reference, "x", 10f, y, tolerance), drawn.drawnBefore("x", 10f, y, tolerance),
                                "at " + y + " ±" + tolerance);
                    }
                }
            }
        });
    }

    /** The same answers as PDFBox's sorted maps, glyph by glyph, also across rows, for huge and undefined widths. */
    @Test
    void answersAsThePdfBoxStripperDoes() {
        Random random = new Random(42);
        float[] tolerances = {0f, 0.5f, 1.3f, 3f, 15.9f, 16f, 40f, 500f, Float.NaN, Float.POSITIVE_INFINITY};
        String[] texts = {"a", "b", "e", "fi", "", "Ä"};
        for (int page = 0; page < 20; page++) {
            OverlappingGlyphs drawn = new OverlappingGlyphs();
            Map<String, TreeMap<Float, TreeSet<Float>>> reference = new HashMap<>();
            int dropped = 0;
            for (int glyph = 0; glyph < 5000; glyph++) {
                String text = texts[random.nextInt(texts.length)];
                // coordinates on a quarter-point grid, so that many land exactly on a range's ends
                float x = random.nextInt(400) / 4f;
                float y = random.nextInt(3200) / 4f - 100;
                float tolerance = tolerances[random.nextInt(tolerances.length)];
                boolean expected = pdfBoxDrops(reference, text, x, y, tolerance);
                assertEquals(expected, drawn.drawnBefore(text, x, y, tolerance),
                        "page " + page + " glyph " + glyph + ": '" + text + "' at " + x + "," + y + " ±" + tolerance);
                dropped += expected ? 1 : 0;
            }
            assertTrue(dropped > 500 && dropped < 4500, "a test with both answers: " + dropped);
        }
    }

    /** PDFTextStripper.processTextPosition's test, as PDFBox 3.0 writes it. */
    private static boolean pdfBoxDrops(Map<String, TreeMap<Float, TreeSet<Float>>> mapping, String text, float x,
            float y, float tolerance) {
        TreeMap<Float, TreeSet<Float>> same = mapping.computeIfAbsent(text, k -> new TreeMap<>());
        SortedMap<Float, TreeSet<Float>> xMatches = same.subMap(x - tolerance, x + tolerance);
        for (TreeSet<Float> xMatch : xMatches.values()) {
            if (!xMatch.subSet(y - tolerance, y + tolerance).isEmpty()) {
                return true;
            }
        }
        same.computeIfAbsent(x, k -> new TreeSet<>()).add(y);
        return false;
    }
}
