package io.pageflow.understanding.samples;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One A4 page as runs of text at positions (points from the top left), drawn the same way into a PDF
 * ({@link PdfPages}) and into a scanned image ({@link ScannedPages}). Its {@link #lines()} are what a text
 * layer gives: the runs of each baseline from left to right, one space apart.
 */
public final class PageDrawing {

    public static final float WIDTH = 595;
    public static final float HEIGHT = 842;
    public static final float LEFT = 42;
    public static final float RIGHT = WIDTH - 42;

    /** The standard-14 families (PDF) and their Java2D look-alikes (scan). */
    public enum Face {
        SANS, SERIF, MONO
    }

    /** Text at a baseline; {@code right} aligns its end at {@code x}. */
    public record Run(float x, float y, String text, float size, boolean bold, boolean right) {
    }

    final Face face;
    final float size;
    final List<Run> runs = new ArrayList<>();
    final List<float[]> rules = new ArrayList<>();
    private float y = 56;

    public PageDrawing(Face face, float size) {
        this.face = face;
        this.size = size;
    }

    public Face face() {
        return face;
    }

    public float size() {
        return size;
    }

    public List<Run> runs() {
        return List.copyOf(runs);
    }

    /** A centred line, {@code scale} times the page's font size. */
    PageDrawing centre(String text, float scale, boolean bold) {
        float s = size * scale;
        y += s * 1.2f;
        runs.add(new Run(WIDTH / 2 + width(text, s) / 2, y, text, s, bold, true));
        y += s * 0.35f;
        return this;
    }

    /** A line at the left margin. */
    PageDrawing text(String text) {
        return row(LEFT, text);
    }

    PageDrawing bold(String text) {
        y += size * 1.4f;
        runs.add(new Run(LEFT, y, text, size, true, false));
        return this;
    }

    /** One baseline with texts at x positions; a negative x aligns the text's end at -x. */
    PageDrawing row(Object... xAndText) {
        y += size * 1.4f;
        for (int i = 0; i + 1 < xAndText.length; i += 2) {
            float x = ((Number) xAndText[i]).floatValue();
            String text = (String) xAndText[i + 1];
            if (text != null && !text.isEmpty()) {
                runs.add(new Run(Math.abs(x), y, text, size, false, x < 0));
            }
        }
        return this;
    }

    /** A table row: the same columns as {@link #row}, in bold when it is a header. */
    PageDrawing header(Object... xAndText) {
        row(xAndText);
        int from = runs.size() - xAndText.length / 2;
        for (int i = Math.max(0, from); i < runs.size(); i++) {
            Run r = runs.get(i);
            runs.set(i, new Run(r.x(), r.y(), r.text(), r.size(), true, r.right()));
        }
        return this;
    }

    PageDrawing gap(float lines) {
        y += size * 1.4f * lines;
        return this;
    }

    /** A horizontal line across the page, just below the last baseline. */
    PageDrawing rule() {
        rules.add(new float[] {LEFT, y + size * 0.5f, RIGHT, y + size * 0.5f});
        y += size * 0.4f;
        return this;
    }

    /** The text lines, as a PDF text layer gives them. */
    public List<String> lines() {
        Map<Float, List<Run>> byLine = new TreeMap<>();
        for (Run r : runs) {
            byLine.computeIfAbsent(r.y(), k -> new ArrayList<>()).add(r);
        }
        List<String> lines = new ArrayList<>();
        for (List<Run> line : byLine.values()) {
            line.sort(Comparator.comparingDouble(r -> r.right() ? r.x() - width(r.text(), r.size()) : r.x()));
            lines.add(String.join(" ", line.stream().map(Run::text).toList()));
        }
        return lines;
    }

    /** An estimate of a text's width in points (the renderers measure exactly; this only orders runs). */
    float width(String text, float s) {
        return text.length() * s * (face == Face.MONO ? 0.6f : 0.5f);
    }
}
