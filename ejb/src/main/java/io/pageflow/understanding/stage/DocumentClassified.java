package io.pageflow.understanding.stage;

/**
 * Fired (a synchronous CDI event) by {@link ExtractService} in the transaction in which the extract stage finished
 * a document: its type and merged fields are stored (the document's row has them).
 */
public record DocumentClassified(long jobId, long documentId, String docType) {
}
