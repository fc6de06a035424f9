package io.pageflow.index;

/**
 * A chunk that matched a search.
 *
 * @param score cosine similarity between the query and the chunk, -1 to 1
 */
public record SearchHit(long documentId, long chunkId, int pageStart, int pageEnd, double score, String text) {
}
