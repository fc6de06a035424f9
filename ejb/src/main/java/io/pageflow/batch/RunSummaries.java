package io.pageflow.batch;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * Computes a {@link RunSummary} from a batch's rows as they are when its last job has ended. Pure, so that the
 * counting and the sums are tested without a server.
 */
final class RunSummaries {

    static final String REFUSED = "refused";
    static final String DELETED = "deleted";
    static final List<String> OUTCOMES = List.of("completed", "failed", "cancelled", REFUSED);

    private RunSummaries() {
    }

    /** The batch row. {@code readAt} is when the archive had been read to its end. */
    record BatchRow(long id, String fileName, OffsetDateTime createdAt, OffsetDateTime readAt, String errorCode,
            String errorMessage) {
    }

    /**
     * One entry with its job and document, if it has them.
     *
     * @param jobStatus  null when the entry never got a job (refused) or its document was deleted since
     * @param extraction the document's merged extraction, or null
     * @param endedAt    when the job completed, failed or was cancelled
     */
    record EntryRow(int position, String name, Long jobId, Long documentId, String jobStatus, String entryErrorCode,
            String entryErrorMessage, String jobErrorCode, String jobErrorMessage, String docType,
            JsonObject extraction, OffsetDateTime endedAt, int pages, int pagesFailed) {
    }

    /**
     * @param amountField the field whose values are totalled for a type, if it has one
     */
    static RunSummary compute(BatchRow batch, List<EntryRow> entries, Function<String, Optional<String>> amountField,
            int version, OffsetDateTime now) {
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        OUTCOMES.forEach(outcome -> byStatus.put(outcome, 0));
        Map<String, Integer> byDocType = new TreeMap<>();
        Map<String, Total> totals = new TreeMap<>();
        List<RunSummary.FileOutcome> files = new ArrayList<>();
        for (EntryRow entry : entries) {
            String status = status(entry);
            byStatus.merge(status, 1, Integer::sum);
            if (entry.docType() != null) {
                byDocType.merge(entry.docType(), 1, Integer::sum);
            }
            BigDecimal amount = null;
            if (status.equals("completed") && entry.docType() != null) {
                Optional<String> field = amountField.apply(entry.docType());
                if (field.isPresent()) {
                    amount = number(entry.extraction(), field.get());
                    totals.computeIfAbsent(entry.docType(), type -> new Total(field.get())).add(amount);
                }
            }
            boolean refused = entry.jobStatus() == null;
            files.add(new RunSummary.FileOutcome(entry.position(), entry.name(), entry.jobId(), entry.documentId(),
                    status, entry.docType(), amount, entry.pages(), entry.pagesFailed(),
                    refused ? entry.entryErrorCode() : entry.jobErrorCode(),
                    refused ? entry.entryErrorMessage() : entry.jobErrorMessage()));
        }
        List<RunSummary.TypeAmount> amounts = new ArrayList<>();
        totals.forEach((type, total) -> amounts.add(new RunSummary.TypeAmount(type, total.field, total.sum,
                total.documents, total.missing)));
        OffsetDateTime endedAt = entries.stream().map(EntryRow::endedAt).filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElse(batch.readAt() == null ? batch.createdAt() : batch.readAt());
        return new RunSummary(batch.id(), version, now, batch.fileName(), batch.errorCode(), batch.errorMessage(),
                batch.createdAt(), endedAt, Math.max(0, Duration.between(batch.createdAt(), endedAt).toMillis()),
                entries.size(), byStatus, byDocType, amounts, files);
    }

    static String status(EntryRow entry) {
        if (entry.jobStatus() != null) {
            return entry.jobStatus();
        }
        return entry.jobId() == null && entry.entryErrorCode() == null ? DELETED : REFUSED;
    }

    /** The field's value when it is a JSON number; null when the field is missing, null or anything else. */
    static BigDecimal number(JsonObject extraction, String field) {
        JsonObject fields = extraction == null ? null : extraction.getJsonObject("fields");
        JsonValue one = fields == null ? null : fields.get(field);
        if (one == null || one.getValueType() != JsonValue.ValueType.OBJECT) {
            return null;
        }
        if (!(one.asJsonObject().get("value") instanceof JsonNumber number)) {
            return null;
        }
        BigDecimal value = number.bigDecimalValue();
        return value.scale() < 0 ? value.setScale(0) : value; // 1.18E+5 is written 118000
    }

    private static final class Total {
        final String field;
        BigDecimal sum = BigDecimal.ZERO;
        int documents;
        int missing;

        Total(String field) {
            this.field = field;
        }

        void add(BigDecimal amount) {
            if (amount == null) {
                missing++;
            } else {
                sum = sum.add(amount);
                documents++;
            }
        }
    }
}
