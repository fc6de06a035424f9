package io.pageflow.batch;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * What one run of a ZIP batch came to, stored when its last job ended ({@link BatchEnds}) and never changed
 * afterwards. A job of the batch that runs again and ends makes the batch end again: that run is the next
 * {@code version}; the earlier ones stay readable.
 *
 * @param version    1 for the first time the batch ended, then one more each time it ends again
 * @param createdAt  when this version was stored
 * @param errorCode  set when a limit stopped reading the archive (entries before it were taken)
 * @param startedAt  when the batch was uploaded
 * @param endedAt    when its last job ended (the upload's end when no entry got a job)
 * @param byStatus   files per outcome: {@code completed}, {@code failed}, {@code cancelled}, {@code refused}
 *                   (always present, possibly 0) and {@code deleted} (a file whose document was deleted since)
 * @param byDocType  files per document type, for files whose document got a type
 * @param amounts    per document type that has an amount field, the total of that field over completed files
 * @param files      every file of the archive, in the archive's order
 */
public record RunSummary(long batchId, int version, OffsetDateTime createdAt, String fileName, String errorCode,
        String errorMessage, OffsetDateTime startedAt, OffsetDateTime endedAt, long durationMs, int fileCount,
        Map<String, Integer> byStatus, Map<String, Integer> byDocType, List<TypeAmount> amounts,
        List<FileOutcome> files) {

    /**
     * The total of one type's amount field.
     *
     * @param field     the field summed, e.g. {@code totalAmount} for {@code bill}
     * @param documents completed files of this type whose field holds a number (the ones summed)
     * @param missing   completed files of this type whose field is missing or not a number
     */
    public record TypeAmount(String docType, String field, BigDecimal total, int documents, int missing) {
    }

    /**
     * One file of the archive and what became of it.
     *
     * @param status    {@code refused} (never got a job; {@code errorCode} says why), {@code deleted}, or the
     *                  status its job ended with
     * @param amount    the value of its type's amount field, when it has one
     * @param errorCode why it was refused or why its job failed; null otherwise
     */
    public record FileOutcome(int position, String name, Long jobId, Long documentId, String status, String docType,
            BigDecimal amount, int pages, int pagesFailed, String errorCode, String errorMessage) {
    }
}
