package io.pageflow.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import io.pageflow.understanding.TypeDefinition;

class RunSummariesTest {

    static final OffsetDateTime UPLOADED = OffsetDateTime.parse("2026-11-30T10:00:00Z");
    static final RunSummaries.BatchRow BATCH = new RunSummaries.BatchRow(7, "march.zip", UPLOADED,
            UPLOADED.plusSeconds(2), null, null);

    @Test
    void countsEveryFileByOutcomeAndTypeAndTotalsTheAmountsOfCompletedOnes() {
        List<RunSummaries.EntryRow> rows = new ArrayList<>();
        rows.add(completed(1, "bill", amount("totalAmount", "118000.00"), 30));
        rows.add(completed(2, "bill", amount("totalAmount", "2360.50"), 40));
        rows.add(completed(3, "bill", amount("invoiceNumber", "\"INV-9\""), 35)); // no total read
        rows.add(completed(4, "eway_bill", amount("goodsValue", "1.5E+5"), 20));
        rows.add(completed(5, "unknown", null, 25));
        rows.add(new RunSummaries.EntryRow(6, "broken.pdf", 16L, 26L, "failed", null, null, "PDF_CORRUPT",
                "The PDF cannot be read", null, null, UPLOADED.plusSeconds(5), 0, 0));
        rows.add(new RunSummaries.EntryRow(7, "bill-failed.pdf", 17L, 27L, "failed", null, null, "ALL_PAGES_FAILED",
                "no page", "bill", amount("totalAmount", "99"), UPLOADED.plusSeconds(6), 1, 1));
        rows.add(new RunSummaries.EntryRow(8, "notes.txt", null, null, null, "UNSUPPORTED_TYPE", "not a PDF", null,
                null, null, null, null, 0, 0));
        rows.add(new RunSummaries.EntryRow(9, "gone.pdf", null, null, null, null, null, null, null, null, null, null,
                0, 0));
        rows.add(new RunSummaries.EntryRow(10, "stopped.pdf", 20L, 30L, "cancelled", null, null, null, null, null,
                null, UPLOADED.plusSeconds(50), 2, 0));

        RunSummary summary = RunSummaries.compute(BATCH, rows, SummaryAmounts.of(List.of()), 1, UPLOADED.plusSeconds(60));

        assertEquals(10, summary.fileCount());
        assertEquals(Map.of("completed", 5, "failed", 2, "cancelled", 1, "refused", 1, "deleted", 1), summary.byStatus());
        assertEquals(List.of("completed", "failed", "cancelled", "refused", "deleted"), List.copyOf(summary.byStatus().keySet()));
        assertEquals(Map.of("bill", 4, "eway_bill", 1, "unknown", 1), summary.byDocType());
        assertEquals(List.of(
                new RunSummary.TypeAmount("bill", "totalAmount", new BigDecimal("120360.50"), 2, 1),
                new RunSummary.TypeAmount("eway_bill", "goodsValue", new BigDecimal("150000"), 1, 0)), summary.amounts());
        assertEquals("150000", summary.files().get(3).amount().toPlainString(), "no exponent in an amount");
        assertNull(summary.files().get(6).amount(), "a failed file's amount is not counted");

        RunSummary.FileOutcome broken = summary.files().get(5);
        assertEquals("failed", broken.status());
        assertEquals("PDF_CORRUPT", broken.errorCode());
        RunSummary.FileOutcome refused = summary.files().get(7);
        assertEquals("refused", refused.status());
        assertEquals("UNSUPPORTED_TYPE", refused.errorCode());
        assertEquals("not a PDF", refused.errorMessage());
        assertEquals("deleted", summary.files().get(8).status());

        assertEquals(UPLOADED, summary.startedAt());
        assertEquals(UPLOADED.plusSeconds(50), summary.endedAt(), "the last job's end");
        assertEquals(50_000, summary.durationMs());
        assertEquals(1, summary.version());
    }

    @Test
    void aBatchOfRefusalsOnlyEndsWhenItWasRead() {
        RunSummary summary = RunSummaries.compute(BATCH, List.of(new RunSummaries.EntryRow(1, "x.txt", null, null,
                null, "UNSUPPORTED_TYPE", "no", null, null, null, null, null, 0, 0)), SummaryAmounts.of(List.of()), 1,
                UPLOADED.plusSeconds(3));
        assertEquals(BATCH.readAt(), summary.endedAt());
        assertEquals(Map.of("completed", 0, "failed", 0, "cancelled", 0, "refused", 1), summary.byStatus());
        assertEquals(List.of(), summary.amounts());
    }

    @Test
    void theAmountFieldComesFromTheTypeDefinitionAndItsAbsenceFallsBackToTheShippedDefault() {
        TypeDefinition bill = type("bill", Json.createObjectBuilder().add("summaryAmount", "taxableValue"));
        TypeDefinition eway = type("eway_bill", Json.createObjectBuilder().addNull("summaryAmount"));
        TypeDefinition receipt = type("receipt", Json.createObjectBuilder().add("summaryAmount", "paid"));
        TypeDefinition note = type("note", Json.createObjectBuilder());
        var fields = SummaryAmounts.of(List.of(bill, eway, receipt, note));
        assertEquals(Optional.of("taxableValue"), fields.apply("bill"));
        assertEquals(Optional.empty(), fields.apply("eway_bill"), "null says: nothing to total");
        assertEquals(Optional.of("paid"), fields.apply("receipt"));
        assertEquals(Optional.empty(), fields.apply("note"));
        assertEquals(Optional.of("totalAmount"), SummaryAmounts.of(List.of()).apply("bill"));
        assertEquals(Optional.of("goodsValue"), SummaryAmounts.of(List.of()).apply("eway_bill"));
    }

    @Test
    void theStoredJsonReadsBackAsTheSameSummary() {
        List<RunSummaries.EntryRow> rows = List.of(
                completed(1, "bill", amount("totalAmount", "118000.00"), 30),
                new RunSummaries.EntryRow(2, "notes \"1\".txt", null, null, null, "UNSUPPORTED_TYPE", "not <a> PDF",
                        null, null, null, null, null, 0, 0));
        RunSummary summary = RunSummaries.compute(BATCH, rows, SummaryAmounts.of(List.of()), 3, UPLOADED.plusSeconds(40));
        assertEquals(summary, RunSummaryJson.read(RunSummaryJson.write(summary)));
    }

    private static RunSummaries.EntryRow completed(int position, String type, JsonObject extraction, int seconds) {
        return new RunSummaries.EntryRow(position, "file-" + position + ".pdf", 10L + position, 20L + position,
                "completed", null, null, null, null, type, extraction, UPLOADED.plusSeconds(seconds), 2, 0);
    }

    /** A merged extraction with one field whose value is the JSON text given. */
    private static JsonObject amount(String field, String json) {
        JsonObject value = Json.createReader(new java.io.StringReader("{\"v\":" + json + "}")).readObject();
        return Json.createObjectBuilder().add("fields", Json.createObjectBuilder().add(field,
                Json.createObjectBuilder().add("value", value.get("v")).add("confidence", 0.9).add("source", "rules")))
                .build();
    }

    private static TypeDefinition type(String name, jakarta.json.JsonObjectBuilder definition) {
        return new TypeDefinition(name, 1, definition.add("description", name).build());
    }
}
