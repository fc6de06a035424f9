package io.pageflow.index;

import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;

/**
 * Cuts the text of a document's pages, read in order, into chunks of about {@code size} characters that
 * overlap by about {@code overlap} characters, each knowing the range of pages it covers. Cuts fall on
 * whitespace where possible. Only the text not yet emitted is buffered, so documents of any length work.
 * The output is deterministic: the same pages always give the same chunks, which makes re-runs idempotent.
 */
public final class Chunker implements Iterator<ChunkDraft> {

    private static final String PAGE_SEPARATOR = "\n\n";

    private final Iterator<PageText> pages;
    private final int size;
    private final int overlap;
    private final StringBuilder buffer = new StringBuilder();
    /** Buffer offset where each page's text begins → page number. */
    private final TreeMap<Integer, Integer> pageStarts = new TreeMap<>();
    /** End of the last emitted chunk, in buffer offsets: text before it was already emitted. */
    private int emittedUpTo;
    private int seq;
    private ChunkDraft next;

    public Chunker(Iterator<PageText> pages, int size, int overlap) {
        if (size < 2 || overlap < 0 || overlap >= size / 2) {
            throw new IllegalArgumentException("Need size >= 2 and 0 <= overlap < size/2, got " + size + "/" + overlap);
        }
        this.pages = pages;
        this.size = size;
        this.overlap = overlap;
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            next = produce();
        }
        return next != null;
    }

    @Override
    public ChunkDraft next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ChunkDraft chunk = next;
        next = null;
        return chunk;
    }

    private ChunkDraft produce() {
        while (buffer.length() < size && pages.hasNext()) {
            append(pages.next());
        }
        if (buffer.length() <= emittedUpTo || buffer.substring(emittedUpTo).isBlank()) {
            return null;
        }
        int end = buffer.length() <= size ? buffer.length() : cutBefore(size);
        int first = skipWhitespace(0, end);
        int last = lastVisible(end);
        ChunkDraft chunk = new ChunkDraft(seq++, pageAt(first), pageAt(last), buffer.substring(first, last + 1));
        dropEmitted(end);
        return chunk;
    }

    private void append(PageText page) {
        if (page.text() == null || page.text().isBlank()) {
            return;
        }
        pageStarts.put(buffer.length(), page.pageNumber());
        buffer.append(page.text().strip()).append(PAGE_SEPARATOR);
    }

    /** Drops text that no later chunk needs, keeping the overlap (started at a word boundary). */
    private void dropEmitted(int end) {
        int keepFrom = end >= buffer.length() ? end : Math.max(startOfWord(end - overlap), 1);
        if (keepFrom > end) {
            keepFrom = end;
        }
        int pageAtKeep = pageAt(Math.min(keepFrom, buffer.length() - 1));
        buffer.delete(0, keepFrom);
        TreeMap<Integer, Integer> shifted = new TreeMap<>();
        shifted.put(0, pageAtKeep);
        for (Map.Entry<Integer, Integer> e : pageStarts.tailMap(keepFrom, false).entrySet()) {
            shifted.put(e.getKey() - keepFrom, e.getValue());
        }
        pageStarts.clear();
        pageStarts.putAll(shifted);
        emittedUpTo = end - keepFrom;
    }

    private int cutBefore(int limit) {
        for (int i = limit; i > limit / 2; i--) {
            if (Character.isWhitespace(buffer.charAt(i))) {
                return i;
            }
        }
        return limit;
    }

    private int startOfWord(int from) {
        int i = Math.max(from, 0);
        while (i > 0 && i < buffer.length() && !Character.isWhitespace(buffer.charAt(i - 1))) {
            i++;
        }
        return skipWhitespace(i, buffer.length());
    }

    private int skipWhitespace(int from, int limit) {
        int i = from;
        while (i < limit && Character.isWhitespace(buffer.charAt(i))) {
            i++;
        }
        return i;
    }

    private int lastVisible(int end) {
        int i = end - 1;
        while (i > 0 && Character.isWhitespace(buffer.charAt(i))) {
            i--;
        }
        return i;
    }

    private int pageAt(int offset) {
        Map.Entry<Integer, Integer> entry = pageStarts.floorEntry(offset);
        return entry == null ? pageStarts.firstEntry().getValue() : entry.getValue();
    }
}
