package io.pageflow.page;

import java.util.Arrays;

/**
 * The glyphs a page has already drawn, to find one drawn again over itself (word processors draw bold type that
 * way, and such text would read "BBoolldd"). The test is PDFBox's own ({@code PDFTextStripper}'s
 * {@code suppressDuplicateOverlappingText}): the same text within a third of its width across and down from one
 * kept before, the range open at its top end. PDFBox keeps a sorted map per text and boxes every coordinate, which
 * cost a third of the stripper's time on the benchmark corpus; here the kept glyphs sit in a hash of (text, row)
 * buckets, so a glyph is checked against the few of the same text in its row and the rows next to it. One instance
 * reads one page at a time ({@link #clear} between pages).
 */
final class OverlappingGlyphs {

    /** Height of a row, in points: a glyph's tolerance rarely reaches it, so a check visits two or three rows. */
    private static final float ROW = 16f;

    /** Beyond this many rows, a glyph is checked against every glyph kept (huge type, or no width at all). */
    private static final int MAX_ROWS = 8;

    private static final long FREE = Long.MIN_VALUE;

    private long[] keys = new long[1024];
    private int[] heads = new int[1024];
    private int buckets;

    private String[] texts = new String[1024];
    private float[] xs = new float[1024];
    private float[] ys = new float[1024];
    private int[] next = new int[1024];
    private int kept;

    OverlappingGlyphs() {
        Arrays.fill(keys, FREE);
    }

    /** Forgets the page's glyphs. */
    void clear() {
        if (buckets > 0) {
            Arrays.fill(keys, FREE);
        }
        Arrays.fill(texts, 0, kept, null);
        buckets = 0;
        kept = 0;
    }

    /**
     * True when {@code text} was kept before at x in {@code [x - tolerance, x + tolerance)} and y in
     * {@code [y - tolerance, y + tolerance)}; otherwise keeps it and returns false.
     */
    boolean drawnBefore(String text, float x, float y, float tolerance) {
        float fromX = x - tolerance;
        float toX = x + tolerance;
        float fromY = y - tolerance;
        float toY = y + tolerance;
        double firstRow = Math.floor(fromY / ROW);
        double lastRow = Math.floor(toY / ROW);
        if (lastRow - firstRow < MAX_ROWS) {
            // counted, not compared: rows of coordinates near the ends of a long must not wrap into a loop
            for (int step = 0; step <= (int) (lastRow - firstRow); step++) {
                for (int i = head(key(text, (long) firstRow + step)); i >= 0; i = next[i]) {
                    if (within(i, text, fromX, toX, fromY, toY)) {
                        return true;
                    }
                }
            }
        } else { // a huge, infinite or undefined tolerance: compared as PDFBox's maps would compare it
            for (int i = 0; i < kept; i++) {
                if (within(i, text, fromX, toX, fromY, toY)) {
                    return true;
                }
            }
        }
        keep(text, x, y);
        return false;
    }

    private boolean within(int i, String text, float fromX, float toX, float fromY, float toY) {
        return xs[i] >= fromX && xs[i] < toX && ys[i] >= fromY && ys[i] < toY && texts[i].equals(text);
    }

    private void keep(String text, float x, float y) {
        if (kept == texts.length) {
            int size = kept * 2;
            texts = Arrays.copyOf(texts, size);
            xs = Arrays.copyOf(xs, size);
            ys = Arrays.copyOf(ys, size);
            next = Arrays.copyOf(next, size);
        }
        texts[kept] = text;
        xs[kept] = x;
        ys[kept] = y;
        long key = key(text, Double.isFinite(y) ? (long) Math.floor(y / ROW) : Long.MAX_VALUE);
        int slot = slot(key);
        if (keys[slot] == FREE) {
            keys[slot] = key;
            heads[slot] = -1;
            buckets++;
        }
        next[kept] = heads[slot];
        heads[slot] = kept++;
        if (buckets * 2 > keys.length) {
            grow();
        }
    }

    private int head(long key) {
        int slot = slot(key);
        return keys[slot] == key ? heads[slot] : -1;
    }

    /** Open addressing with linear probing: the slot holding {@code key}, or the free one where it would go. */
    private int slot(long key) {
        int mask = keys.length - 1;
        int slot = Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask;
        while (keys[slot] != FREE && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldHeads = heads;
        keys = new long[oldKeys.length * 2];
        heads = new int[oldKeys.length * 2];
        Arrays.fill(keys, FREE);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != FREE) {
                int slot = slot(oldKeys[i]);
                keys[slot] = oldKeys[i];
                heads[slot] = oldHeads[i];
            }
        }
    }

    private static long key(String text, long row) {
        return ((long) text.hashCode() << 32) ^ (row & 0xFFFFFFFFL);
    }
}
