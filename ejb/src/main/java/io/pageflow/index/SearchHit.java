package io.pageflow.index;

/**
 * A chunk that matched a search.
 *
 * @param jobId the job of the chunk's document, where its pages can be seen
 * @param title the document's title, or its first file's name
 * @param score cosine similarity between the query and the chunk, -1 to 1
 */
public record SearchHit(long documentId, Long jobId, String title, long chunkId, int pageStart, int pageEnd,
        double score, String text) {
}
