package io.pageflow.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.pageflow.client.model.JobView;
import io.pageflow.client.model.NewDocumentType;
import io.pageflow.client.model.PageExtraction;
import io.pageflow.it.OpenAiTestServer.Reply;

/**
 * The extract stage with the LLM engine, against an OpenAI-compatible test server on the port the server under
 * test is configured with: one page answered well, one with an answer that is not JSON, one rate-limited
 * throughout. Each page ends with its own stored outcome; the job completes; the other pages are untouched.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LlmStageIT {

    static final TestApi api = new TestApi();

    static List<String> report(String marker) {
        return List.of("SERVICE REPORT",
                "Work order: WO-" + marker,
                "Technician: A. Rao",
                "Visit date: 2026-03-14",
                "Findings: the compressor was replaced and the unit tested.",
                "Customer signature on file.");
    }

    @Test
    void eachPageKeepsItsOwnOutcomeAndTheJobCompletes() throws Exception {
        String type = "service_report_" + Math.abs(ThreadLocalRandom.current().nextInt(1_000_000));
        api.documentTypes.createDocumentType(new NewDocumentType().name(type).definition(Map.of(
                "description", "A field service report written by a technician after a visit",
                "engine", "llm",
                "schema", Map.of("type", "object",
                        "properties", Map.of("workOrder", Map.of("type", "string"), "visitDate",
                                Map.of("type", "string", "format", "date")),
                        "required", List.of("workOrder")),
                "classification", Map.of(
                        "keywords", List.of(Map.of("text", "service report", "heading", true, "weight", 0.7),
                                Map.of("text", "work order", "weight", 0.3), Map.of("text", "technician", "weight", 0.3))))));

        int port = Integer.parseInt(System.getProperty("pageflow.llm.port"));
        try (OpenAiTestServer llm = OpenAiTestServer.start(port)) {
            llm.otherwise(Reply.choosing(request -> {
                String prompt = request.toString();
                if (prompt.contains("WO-GOOD")) {
                    return Reply.json("{\"fields\": {\"workOrder\": \"WO-GOOD\", \"visitDate\": \"2026-03-14\"},"
                            + " \"confidence\": {\"workOrder\": 0.95, \"visitDate\": 0.9}}");
                }
                if (prompt.contains("WO-GARBLED")) {
                    return Reply.content("Sure! The work order is WO-GARBLED.");
                }
                return Reply.rateLimited(1);
            }));
            JobView job = api.submitAccepted(List.of(new PageflowClient.FilePart("reports.pdf", "application/pdf",
                    TestDocuments.bornDigitalPdf(List.of(report("GOOD"), report("GARBLED"), report("BUSY"))))), Map.of());
            assertEquals("completed", api.awaitEnd(job.getId(), Duration.ofMinutes(3)).getStatus(),
                    "a page the LLM failed on does not fail the job");
            long document = job.getDocumentId();

            PageExtraction good = api.extraction.getPageExtraction(document, 1);
            assertEquals(type, good.getDocType(), good.toString());
            assertNull(good.getErrorCode(), good.toString());
            assertTrue(good.getValidation().getValid(), good.toString());
            assertEquals(OpenAiTestServer.PROMPT_TOKENS, good.getTokensIn());
            assertTrue(good.toString().contains("WO-GOOD"));

            PageExtraction garbled = api.extraction.getPageExtraction(document, 2);
            assertEquals("LLM_INVALID_OUTPUT", garbled.getErrorCode(), garbled.toString());
            assertTrue(garbled.getNeedsReview());

            PageExtraction busy = api.extraction.getPageExtraction(document, 3);
            assertEquals("LLM_RATE_LIMIT", busy.getErrorCode(), busy.toString());
            assertTrue(busy.getNeedsReview());
            assertTrue(api.reviewQueue("error").stream().filter(i -> i.getDocumentId() == document).count() >= 2);
            assertTrue(api.countEvents(job.getId(), "retry.scheduled", 0) >= 2,
                    "a rate limit is retried by redelivery before the page keeps the code");
        }
    }
}
