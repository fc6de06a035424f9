package io.pageflow.understanding.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.pageflow.understanding.FieldValue;
import io.pageflow.understanding.PageInput;
import io.pageflow.understanding.TypeDefinition;
import io.pageflow.understanding.samples.DefaultTypes;
import io.pageflow.understanding.samples.Evaluation;
import io.pageflow.understanding.samples.Sample;
import io.pageflow.understanding.samples.SampleSet;

/** The rule extractor with the shipped types: every field of every layout, how sure it is, and odd input. */
class RuleExtractorTest {

    static final List<Sample> SAMPLES = SampleSet.standard();
    final RuleExtractor extractor = new RuleExtractor();

    static Stream<String> layouts() {
        return SAMPLES.stream().filter(s -> !s.isLookAlike()).map(Sample::layout).distinct();
    }

    @ParameterizedTest
    @MethodSource("layouts")
    void everyFieldOfTheLayoutIsReadExactly(String layout) {
        List<String> wrong = new ArrayList<>();
        for (Sample s : SAMPLES.stream().filter(s -> s.layout().equals(layout)).toList()) {
            Map<String, FieldValue> fields = extract(s.text(), s.docType());
            for (Map.Entry<String, JsonValue> truth : s.truth().entrySet()) {
                FieldValue got = fields.get(truth.getKey());
                if (got == null || !Evaluation.same(truth.getValue(), got.value())) {
                    wrong.add(s + " " + truth.getKey() + ": " + truth.getValue() + " != " + (got == null ? null : got.value()));
                }
            }
            for (String name : fields.keySet()) {
                if (!s.truth().containsKey(name)) {
                    wrong.add(s + " " + name + " read but not printed: " + fields.get(name).value());
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theTextSetsFiguresPerField() {
        Evaluation evaluation = new Evaluation();
        long started = System.nanoTime();
        int pages = 0;
        for (Sample s : SAMPLES) {
            if (!s.isLookAlike()) {
                evaluation.add(s, new io.pageflow.understanding.Classification(s.docType(), 1, 1, List.of(), "truth",
                        io.pageflow.understanding.TokenUsage.NONE), extract(s.text(), s.docType()));
                pages++;
            }
        }
        double ms = (System.nanoTime() - started) / 1e6 / pages;
        System.out.println(evaluation.report("text set, fields of " + pages + " pages by their true type")
                .replaceAll("classification accuracy[\\s\\S]*?field exact", "field exact"));
        System.out.printf("extraction cost %.2f ms per page%n", ms);
        assertTrue(evaluation.fieldExactMatch() >= 0.99, "field exact match " + evaluation.fieldExactMatch());
    }

    @Test
    void howAValueWasFoundIsItsConfidenceAndTheLineItCameFromItsEvidence() {
        Map<String, FieldValue> same = extract("TAX INVOICE\nInvoice No.: INV-2291 Dated: 14/03/2026\nGSTIN: 27AAPFU0939F1ZV",
                "bill");
        assertEquals("INV-2291", string(same.get("invoiceNumber")));
        assertEquals(0.95, same.get("invoiceNumber").confidence());
        assertEquals("Invoice No.: INV-2291 Dated: 14/03/2026", same.get("invoiceNumber").evidence());
        assertEquals("2026-03-14", string(same.get("invoiceDate")));
        assertEquals(FieldValue.RULES, same.get("invoiceDate").source());
        assertEquals(0.6, same.get("supplierGstin").confidence(), "no label says whose: first GSTIN, by position");

        Map<String, FieldValue> next = extract("Invoice No.\nA/123\nSupplier GSTIN\n27AAPFU0939F1ZW", "bill");
        assertEquals("A/123", string(next.get("invoiceNumber")));
        assertEquals(0.85, next.get("invoiceNumber").confidence());
        assertEquals("Invoice No.\nA/123", next.get("invoiceNumber").evidence());
        assertEquals("27AAPFU0939F1ZW", string(next.get("supplierGstin")), "a wrong check digit is kept…");
        assertEquals(0.3, next.get("supplierGstin").confidence(), "…but not trusted");
        assertFalse(next.containsKey("totalAmount"), "what is not on the page is absent");
    }

    @Test
    void amountsAreNumbersAndTotalsTheLastOnTheirLine() {
        Map<String, FieldValue> f = extract("Tax Invoice\nSub Total 1,00,000.00\nCGST @ 9% 9,000.00\nSGST @ 9% : Rs. 9,000\n"
                + "Total 10 Nos Rs.1,18,000.00\nTotal in words: One Lakh Eighteen Thousand Rupees Only", "bill");
        assertEquals(0, ((JsonNumber) f.get("taxableValue").value()).bigDecimalValue().compareTo(new java.math.BigDecimal("100000")));
        assertEquals(0, ((JsonNumber) f.get("cgst").value()).bigDecimalValue().compareTo(new java.math.BigDecimal("9000")));
        assertEquals(0, ((JsonNumber) f.get("sgst").value()).bigDecimalValue().compareTo(new java.math.BigDecimal("9000")));
        assertEquals(0, ((JsonNumber) f.get("totalAmount").value()).bigDecimalValue().compareTo(new java.math.BigDecimal("118000")));
        assertEquals("INR", string(f.get("currency")));
    }

    @Test
    void amountsThatDoNotAddUpAreDoubted() {
        String consistent = "TAX INVOICE\nTaxable Value 1,00,000.00\nCGST @ 9% 9,000.00\nSGST @ 9% 9,000.00\nTotal 1,18,000.00";
        Map<String, FieldValue> fine = extract(consistent, "bill");
        assertEquals(0.95, fine.get("totalAmount").confidence());
        assertEquals(0.95, fine.get("cgst").confidence());
        // OCR read the rupee sign of the total as a 4
        Map<String, FieldValue> broken = extract(consistent.replace("Total 1,18,000.00", "Total 41,18,000.00"), "bill");
        for (String name : List.of("taxableValue", "cgst", "sgst", "totalAmount")) {
            assertEquals(0.5, broken.get(name).confidence(), name);
        }
        Map<String, FieldValue> halves = extract(consistent.replace("SGST @ 9% 9,000.00", "SGST @ 9% 8,000.00"), "bill");
        assertEquals(0.5, halves.get("sgst").confidence());
        assertEquals(0.5, halves.get("cgst").confidence());
    }

    @Test
    void lineItemsAreObjectsWithTheirColumns() {
        Map<String, FieldValue> f = extract("Sl Description of Goods HSN/SAC Quantity Rate per Amount\n"
                + "1 Laptop Computer 8471 2 Nos 45,000.00 Nos 90,000.00\n2. Office Chair 9401 4 3,500.50 14,002.00\n"
                + "CGST @ 9% 9,360.09\nTotal 1,22,722.27", "bill");
        JsonArray items = (JsonArray) f.get("lineItems").value();
        assertEquals(2, items.size());
        JsonObject first = items.getJsonObject(0);
        assertEquals("Laptop Computer", first.getString("description"));
        assertEquals("8471", first.getString("hsnCode"));
        assertEquals(2, first.getJsonNumber("quantity").intValue());
        assertEquals(0, first.getJsonNumber("amount").bigDecimalValue().compareTo(new java.math.BigDecimal("90000")));
        assertEquals(0.9, f.get("lineItems").confidence());
    }

    @Test
    void anUnknownPageHasNoFields() {
        assertEquals(Map.of(), extractor.extract(RuleClassifierTest.page("Invoice No.: 1"), DefaultTypes.type("unknown")));
    }

    @Test
    void oddTextNeverThrowsAndIsReadQuickly() {
        Random random = new Random(7);
        StringBuilder binary = new StringBuilder();
        for (int i = 0; i < 200_000; i++) {
            binary.append((char) random.nextInt(0x3000));
        }
        String oneLongLine = "Invoice No: ".repeat(50_000) + "1".repeat(100_000);
        String manyLines = "GSTIN: 27AAPFU0939F1ZV Total 1,18,000.00\n".repeat(100_000);
        String[] texts = {null, "", "\n\n\n", binary.toString(), oneLongLine, manyLines, "₹₹₹ ,,,, ////// -----"};
        for (TypeDefinition type : DefaultTypes.all()) {
            for (String text : texts) {
                // CPU time of this thread, not wall time, so that a loaded machine does not fail the test: a
                // pattern that backtracks catastrophically takes minutes on these texts, a sound one milliseconds.
                java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
                long started = threads.getCurrentThreadCpuTime();
                Map<String, FieldValue> fields = extractor.extract(new PageInput(1, 1, text, "eng"), type);
                double ms = (threads.getCurrentThreadCpuTime() - started) / 1e6;
                assertTrue(ms < 5000, type.name() + " took " + ms + " ms of CPU on " + describe(text));
                fields.values().forEach(v -> assertTrue(v.confidence() >= 0 && v.confidence() <= 1));
            }
        }
    }

    @Test
    void aPatternThatWouldBacktrackForeverRunsOutOfBudgetInstead() {
        JsonObject fields = Json.createObjectBuilder().add("evil", Json.createObjectBuilder()
                .add("anchors", Json.createArrayBuilder().add("value")).add("pattern", "(a+)+b")).add("fine",
                Json.createObjectBuilder().add("anchors", Json.createArrayBuilder().add("number")).add("pattern", "\\d+"))
                .build();
        TypeDefinition type = new TypeDefinition("evil", 1, Json.createObjectBuilder().add("fields", fields).build());
        String text = "Value: " + "a".repeat(60) + "!\nNumber: 42";
        long started = System.nanoTime();
        Map<String, FieldValue> found = extractor.extract(new PageInput(1, 1, text, "eng"), type);
        assertTrue((System.nanoTime() - started) / 1e6 < 3000, "stopped by the budget, not by the end of time");
        assertFalse(found.containsKey("evil"));
        assertEquals("42", string(found.get("fine")), "the other fields are still read");
    }

    @Test
    void brokenFieldRulesAreReported() {
        JsonObject fields = Json.createObjectBuilder()
                .add("a", Json.createObjectBuilder().add("anchors", Json.createArrayBuilder().add("a")).add("pattern", "(["))
                .add("b", Json.createObjectBuilder().add("pattern", "x"))
                .add("c", Json.createObjectBuilder().add("anchors", Json.createArrayBuilder().add("c")).add("pattern", "x")
                        .add("normaliser", "nonsense"))
                .add("d", "not an object").build();
        List<String> problems = RuleExtractor.problems(new TypeDefinition("t", 1,
                Json.createObjectBuilder().add("fields", fields).build()));
        assertEquals(4, problems.size(), problems.toString());
    }

    private Map<String, FieldValue> extract(String text, String type) {
        return extractor.extract(new PageInput(1, 1, text, "eng"), DefaultTypes.type(type));
    }

    private static String string(FieldValue v) {
        return v == null ? null : ((JsonString) v.value()).getString();
    }

    private static String describe(String text) {
        return text == null ? "null" : text.length() + " characters";
    }
}
