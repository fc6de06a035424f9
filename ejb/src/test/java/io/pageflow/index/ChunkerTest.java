package io.pageflow.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class ChunkerTest {

    private static List<ChunkDraft> chunk(List<PageText> pages, int size, int overlap) {
        List<ChunkDraft> chunks = new ArrayList<>();
        new Chunker(pages.iterator(), size, overlap).forEachRemaining(chunks::add);
        return chunks;
    }

    /** Page n holds words "pN-w0 pN-w1 …", so each word says which page it came from. */
    private static PageText page(int number, int words) {
        return new PageText(number, IntStream.range(0, words).mapToObj(w -> "p" + number + "-w" + w)
                .collect(Collectors.joining(" ")));
    }

    @Test
    void shortDocumentIsOneChunkCoveringAllItsPages() {
        List<ChunkDraft> chunks = chunk(List.of(page(1, 3), page(2, 3)), 1000, 100);
        assertEquals(1, chunks.size());
        assertEquals(new ChunkDraft(0, 1, 2, "p1-w0 p1-w1 p1-w2\n\np2-w0 p2-w1 p2-w2"), chunks.get(0));
    }

    @Test
    void everyChunkRangeMatchesThePagesOfItsWords() {
        List<PageText> pages = IntStream.rangeClosed(1, 12).mapToObj(n -> page(n, 40)).toList();
        List<ChunkDraft> chunks = chunk(pages, 300, 60);
        assertTrue(chunks.size() > 12, "a 12-page document in 300-character chunks has many chunks");
        for (ChunkDraft c : chunks) {
            assertTrue(c.content().length() <= 300, "chunk longer than its size: " + c);
            String[] words = c.content().split("\\s+");
            assertEquals(c.pageStart(), pageOf(words[0]), "pageStart of " + c);
            assertEquals(c.pageEnd(), pageOf(words[words.length - 1]), "pageEnd of " + c);
        }
    }

    @Test
    void chunksCoverEveryWordInOrderAndOverlap() {
        List<PageText> pages = IntStream.rangeClosed(1, 5).mapToObj(n -> page(n, 50)).toList();
        List<ChunkDraft> chunks = chunk(pages, 200, 40);
        List<String> expected = pages.stream().flatMap(p -> List.of(p.text().split(" ")).stream()).toList();
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            List<String> words = List.of(chunks.get(i).content().split("\\s+"));
            assertEquals(i, chunks.get(i).seq());
            if (i > 0) {
                assertTrue(seen.contains(words.get(0)), "chunk " + i + " starts inside the previous one (overlap)");
                int from = seen.lastIndexOf(words.get(0));
                assertEquals(seen.subList(from, seen.size()), words.subList(0, seen.size() - from));
                seen = new ArrayList<>(seen.subList(0, from));
            }
            seen.addAll(words);
        }
        assertEquals(expected, seen);
    }

    @Test
    void blankAndMissingPagesAreSkippedWithoutBreakingRanges() {
        List<PageText> pages = List.of(page(1, 5), new PageText(2, "  \n "), new PageText(3, null), page(4, 5));
        List<ChunkDraft> chunks = chunk(pages, 1000, 100);
        assertEquals(1, chunks.size());
        assertEquals(1, chunks.get(0).pageStart());
        assertEquals(4, chunks.get(0).pageEnd());
    }

    @Test
    void noPagesGiveNoChunks() {
        assertFalse(new Chunker(List.<PageText>of().iterator(), 100, 10).hasNext());
    }

    @Test
    void sameInputGivesSameChunks() {
        List<PageText> pages = IntStream.rangeClosed(1, 7).mapToObj(n -> page(n, 33)).toList();
        assertEquals(chunk(pages, 250, 50), chunk(pages, 250, 50));
    }

    @Test
    void wordLongerThanAChunkIsCutHard() {
        List<ChunkDraft> chunks = chunk(List.of(new PageText(1, "x".repeat(250))), 100, 10);
        assertTrue(chunks.size() >= 3, "250 characters in chunks of 100: " + chunks);
        for (ChunkDraft c : chunks) {
            assertTrue(c.content().length() <= 100, "no chunk is longer than its size: " + c.content().length());
            assertEquals(1, c.pageStart());
        }
        assertEquals(100, chunks.get(0).content().length(), "with no whitespace the cut falls at the size");
    }

    private static int pageOf(String word) {
        return Integer.parseInt(word.substring(1, word.indexOf('-')));
    }
}
