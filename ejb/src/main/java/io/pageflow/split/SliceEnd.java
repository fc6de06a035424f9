package io.pageflow.split;

/**
 * Where a slice of the split ends. A slice takes {@code size} pages, and the rest of the document with them when
 * fewer than half a slice would be left: a short last slice would cost a message, a parse of the document and its
 * fonts, and a commit of its own for a few pages, after waiting behind other documents' slices.
 */
final class SliceEnd {

    private SliceEnd() {
    }

    /** The last page (1-based, inclusive) of the slice that starts at {@code first} in a document of {@code pages}. */
    static int of(int first, int size, int pages) {
        int pagesPerSlice = Math.max(1, size);
        int last = first + pagesPerSlice - 1;
        return pages - last < pagesPerSlice / 2 ? pages : last;
    }
}
