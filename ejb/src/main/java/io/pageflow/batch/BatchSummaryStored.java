package io.pageflow.batch;

/**
 * Fired (a synchronous CDI event) by {@link BatchEnds} in the transaction that stored a batch's run summary: the
 * batch ended, and this is its summary's version.
 *
 * @param summary the summary as stored (JSON)
 */
public record BatchSummaryStored(long batchId, int version, String summary) {
}
