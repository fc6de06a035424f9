package io.pageflow.index;

/**
 * A chunk before it is stored: its position in the document and the pages its text comes from.
 *
 * @param seq       0-based position in the document
 * @param pageStart first page with text in this chunk
 * @param pageEnd   last page with text in this chunk
 */
public record ChunkDraft(int seq, int pageStart, int pageEnd, String content) {
}
