package io.pageflow.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.pageflow.client.model.CorrectionRequest;
import io.pageflow.client.model.DocumentExtraction;
import io.pageflow.client.model.DocumentType;
import io.pageflow.client.model.JobView;
import io.pageflow.client.model.NewDocumentType;
import io.pageflow.client.model.PageExtraction;
import io.pageflow.client.model.ReviewItem;

/**
 * Pages understood, end to end through the API: shipped and new document types, a two-page invoice classified
 * and its fields merged over both pages, a look-alike left unknown and queued for review, a correction that
 * reaches the document, its export, the search filter and the trail.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UnderstandingIT {

    static final TestApi api = new TestApi();

    static final String SUPPLIER = "27AAPFU0939F1ZV";
    static final String RECIPIENT = "29AABCT1332L1ZA";

    /** A GST tax invoice whose totals are on its second page. */
    static List<List<String>> invoice(String number) {
        return List.of(List.of(
                        "TAX INVOICE",
                        "Sharma Traders Pvt Ltd",
                        "14, MG Road, Pune, Maharashtra 411001",
                        "GSTIN: " + SUPPLIER,
                        "Invoice No: " + number,
                        "Invoice Date: 14/03/2026",
                        "Place of Supply: 29-Karnataka",
                        "Bill To: Tata Components Ltd, Bengaluru",
                        "GSTIN: " + RECIPIENT,
                        "Sl  Description            HSN/SAC   Qty   Rate       Amount",
                        "1   Steel brackets          7326      100   500.00     50,000.00",
                        "2   Fastener kits           7318      200   250.00     50,000.00",
                        "continued on next page"),
                List.of(
                        "Invoice No: " + number + " (page 2 of 2)",
                        "Taxable Value: Rs. 1,00,000.00",
                        "IGST @ 18%: Rs. 18,000.00",
                        "Total Invoice Value: Rs. 1,18,000.00",
                        "Amount in words: One Lakh Eighteen Thousand Rupees Only",
                        "For Sharma Traders Pvt Ltd",
                        "Authorised Signatory"));
    }

    static List<String> researchPage() {
        return List.of(
                "Abstract",
                "We study the convergence of stochastic gradient methods for non-convex objectives and",
                "show that adaptive step sizes reduce the variance of the estimates. Our experiments on",
                "three public benchmarks confirm the analysis.",
                "1 Introduction",
                "Optimisation methods for machine learning have been studied extensively [1, 2].",
                "References",
                "[1] L. Bottou. Large-scale machine learning with stochastic gradient descent. 2010.");
    }

    @Test
    void shippedTypesAreListedAndAChangeIsTheNextVersion() throws Exception {
        List<String> names = api.documentTypes.listDocumentTypes().stream().map(DocumentType::getName).toList();
        assertTrue(names.containsAll(List.of("bill", "eway_bill", "unknown")), names.toString());

        String name = "delivery_note_" + Math.abs(ThreadLocalRandom.current().nextInt(1_000_000));
        Map<String, Object> definition = Map.of("description", "A delivery note",
                "schema", Map.of("type", "object", "properties", Map.of("noteNumber", Map.of("type", "string"))));
        DocumentType created = api.documentTypes.createDocumentType(new NewDocumentType().name(name).definition(definition));
        assertEquals(1, created.getVersion());
        api.refused(409, "TYPE_EXISTS", () -> api.documentTypes.createDocumentType(
                new NewDocumentType().name(name).definition(definition)));
        DocumentType next = api.documentTypes.updateDocumentType(name, Map.of("description", "A delivery note, v2",
                "schema", Map.of("type", "object")));
        assertEquals(2, next.getVersion());
        assertEquals("A delivery note, v2", api.documentTypes.getDocumentType(name, null).getDescription());
        assertEquals("A delivery note", api.documentTypes.getDocumentType(name, 1).getDescription());
        assertEquals(2, api.documentTypes.listDocumentTypeVersions(name).size());

        api.refused(400, "INVALID_SCHEMA", () -> api.documentTypes.updateDocumentType(name,
                Map.of("description", "broken", "schema", Map.of("type", 12))));
        api.refused(400, "INVALID_DEFINITION", () -> api.documentTypes.updateDocumentType(name,
                Map.of("description", "bad pattern", "schema", Map.of("type", "object"),
                        "fields", Map.of("noteNumber", Map.of("pattern", "([a-z")))));
        api.refused(400, "INVALID_PARAMETER", () -> api.documentTypes.createDocumentType(
                new NewDocumentType().name("Bad Name").definition(definition)));
        api.refused(404, "NOT_FOUND", () -> api.documentTypes.getDocumentType("no_such_type", null));
        assertEquals(2, api.documentTypes.listDocumentTypeVersions(name).size(), "refused changes stored nothing");
    }

    @Test
    void anInvoiceIsClassifiedItsFieldsMergedAndALookAlikeQueuedForReview() throws Exception {
        String number = "INV-" + Math.abs(ThreadLocalRandom.current().nextInt(1_000_000));
        List<List<String>> pages = new java.util.ArrayList<>(invoice(number));
        JobView job = api.submitAccepted(List.of(new PageflowClient.FilePart("invoice.pdf", "application/pdf",
                TestDocuments.bornDigitalPdf(pages))), Map.of());
        assertEquals("completed", api.awaitEnd(job.getId(), Duration.ofMinutes(3)).getStatus());
        long document = job.getDocumentId();

        PageExtraction first = api.extraction.getPageExtraction(document, 1);
        assertEquals("bill", first.getDocType(), first.toString());
        assertEquals(3, first.getScores().size(), "the best three scores");
        assertEquals("bill", first.getScores().get(0).getDocType());
        assertEquals(1, first.getSchemaVersion());
        PageExtraction second = api.extraction.getPageExtraction(document, 2);
        assertEquals("bill", second.getDocType(), "page 2 has no title but continues the invoice: " + second);
        assertEquals("continuation", second.getEngine());

        DocumentExtraction merged = api.extraction.getDocumentExtraction(document);
        assertEquals("bill", merged.getDocType());
        JsonObject fields = json(merged.getFields());
        assertEquals(number, value(fields, "invoiceNumber"));
        assertEquals("2026-03-14", value(fields, "invoiceDate"));
        assertEquals(SUPPLIER, value(fields, "supplierGstin"));
        assertEquals(118000.0, fields.getJsonObject("totalAmount").getJsonNumber("value").doubleValue(),
                "the total comes from page 2");
        assertTrue(merged.getValidation().getValid(), merged.getValidation().toString());
        assertEquals(List.of(1, 2), merged.getPages());

        var listed = api.documents.getDocument(document);
        assertEquals("ready", listed.getStatus());
        assertEquals("bill", listed.getDocType());
        assertTrue(api.documents.listDocuments("bill", 1000, 0, "ready").stream().anyMatch(d -> d.getId() == document));

        String export = api.result(job.getId(), "json");
        assertTrue(export.contains("\"docType\":\"bill\"") && export.contains(number), export);
        String xml = api.result(job.getId(), "xml");
        assertTrue(xml.contains("<field name=\"invoiceNumber\" source=\"rules\""), xml);
    }

    @Test
    void aLookAlikeIsUnknownAndACorrectionReachesExportSearchAndTrail() throws Exception {
        JobView job = api.submitAccepted(List.of(new PageflowClient.FilePart("paper.pdf", "application/pdf",
                TestDocuments.bornDigitalPdf(List.of(researchPage())))), Map.of());
        assertEquals("completed", api.awaitEnd(job.getId(), Duration.ofMinutes(3)).getStatus());
        long document = job.getDocumentId();

        PageExtraction page = api.extraction.getPageExtraction(document, 1);
        assertEquals("unknown", page.getDocType(), page.toString());
        assertTrue(page.getNeedsReview());
        assertEquals("unknown", api.extraction.getDocumentExtraction(document).getDocType());
        List<ReviewItem> queue = api.reviewQueue("unknown");
        assertTrue(queue.stream().anyMatch(i -> i.getDocumentId() == document && i.getPageNumber() == 1), queue.toString());
        String sentence = "convergence of stochastic gradient methods for non-convex objectives";
        assertFalse(api.search.search(sentence, "bill", document, 5, null).stream().anyMatch(h -> h.getDocumentId() == document),
                "an unknown document is not found under bill");

        // A person says it is a bill and gives two fields; one of them breaks the schema.
        PageExtraction corrected = api.extraction.correctPageExtraction(document, 1, new CorrectionRequest()
                .docType("bill").fields(Map.of("invoiceNumber", "PAPER-1", "invoiceDate", "14/03/2026")));
        assertEquals("bill", corrected.getDocType());
        JsonObject fields = json(corrected.getFields());
        assertEquals("human", fields.getJsonObject("invoiceNumber").getString("source"));
        assertFalse(corrected.getValidation().getValid(), "a date that is not ISO is flagged, not accepted");
        assertTrue(corrected.getNeedsReview());
        assertTrue(api.reviewQueue("invalid").stream().anyMatch(i -> i.getDocumentId() == document));

        corrected = api.extraction.correctPageExtraction(document, 1, new CorrectionRequest().fields(Map.of(
                "invoiceDate", "2026-03-14", "supplierGstin", SUPPLIER, "totalAmount", 500)));
        assertTrue(corrected.getValidation().getValid(), corrected.getValidation().toString());
        assertFalse(corrected.getNeedsReview());
        assertFalse(api.reviewQueue(null).stream().anyMatch(i -> i.getDocumentId() == document), "out of the queue");

        assertEquals("bill", api.extraction.getDocumentExtraction(document).getDocType());
        assertTrue(api.search.search(sentence, "bill", document, 5, null).stream().anyMatch(h -> h.getDocumentId() == document),
                "the search filter follows the correction");
        String export = api.result(job.getId(), "json");
        assertTrue(export.contains("PAPER-1") && export.contains("\"source\":\"human\""), export);
        assertEquals(2, api.countEvents(job.getId(), "page.fields-corrected", 1));

        api.refused(400, "UNKNOWN_FIELD", () -> api.extraction.correctPageExtraction(document, 1,
                new CorrectionRequest().fields(Map.of("noSuchField", "x"))));
        api.refused(400, "UNKNOWN_TYPE", () -> api.extraction.correctPageExtraction(document, 1,
                new CorrectionRequest().docType("no_such_type")));
        api.refused(404, "NOT_FOUND", () -> api.extraction.correctPageExtraction(document, 9, new CorrectionRequest()));
    }

    /** A generated model object as JSON, to read its free-form parts (fields). */
    static JsonObject json(Object generated) {
        try {
            String text = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(generated);
            return Json.createReader(new StringReader(text)).readObject();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    private static String value(JsonObject fields, String name) {
        JsonObject field = fields.getJsonObject(name);
        assertNotNull(field, "no " + name + " in " + fields);
        return field.getString("value");
    }
}
