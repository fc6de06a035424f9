package io.pageflow.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.pageflow.error.ErrorCode;
import io.pageflow.it.OpenAiTestServer.Reply;
import io.pageflow.understanding.Classification;
import io.pageflow.understanding.FieldValue;
import io.pageflow.understanding.PageInput;
import io.pageflow.understanding.TokenUsage;
import io.pageflow.understanding.TypeDefinition;
import io.pageflow.understanding.llm.LlmEngine;
import io.pageflow.understanding.llm.LlmException;
import io.pageflow.understanding.llm.LlmExtraction;
import io.pageflow.understanding.llm.LlmSettings;

/**
 * The LLM engine against an OpenAI-compatible test server that runs in the server's JVM, one fault at a time:
 * each ends in the code a page stores, after the retries the policy allows (counted by the server), the circuit
 * breaker opens and closes, the bulkhead caps concurrent calls, and token counts are reported.
 *
 * <p>The test server's configuration (ear/pom.xml) gives an attempt 2 s ({@code PAGEFLOW_LLM_TIMEOUT_SECONDS}),
 * 3 calls at once ({@code PAGEFLOW_LLM_MAX_CONCURRENT}, not the default, so that the bulkhead test shows the
 * setting applied) and the breaker a 2 s delay (its Fault Tolerance key); it sets no base URL, so the engine is off until a test
 * points a call at its own endpoint. The breaker is shared by every call, so each test starts from a closed
 * breaker with a window of successes ({@link #fromAClosedBreaker}).
 */
@ExtendWith(ArquillianExtension.class)
class LlmEngineInContainerIT {

    private static final String CLASSIFIED = "{\"docType\": \"bill\", \"confidence\": 0.93}";
    private static final Duration BREAKER_DELAY = Duration.ofSeconds(2);
    /** The breaker's rolling window (requestVolumeThreshold). */
    private static final int WINDOW = 8;

    private static final TypeDefinition BILL = new TypeDefinition("bill", 2, json("""
            {"description": "A GST tax invoice or bill",
             "schema": {"type": "object",
                        "properties": {"invoiceNumber": {"type": "string"},
                                       "invoiceDate": {"type": "string"},
                                       "totalAmount": {"type": "number"}},
                        "required": ["invoiceNumber"],
                        "additionalProperties": false},
             "engine": "llm"}"""));
    private static final List<TypeDefinition> TYPES = List.of(BILL,
            new TypeDefinition("eway_bill", 1, json("{\"description\": \"An e-way bill, form EWB-01\"}")),
            new TypeDefinition("unknown", 1, json("{\"description\": \"Anything else\"}")));
    private static final PageInput PAGE = new PageInput(41, 1, """
            TAX INVOICE
            Invoice No: INV-2291          Date: 14/03/2026
            Supplier GSTIN: 27AAPFU0939F1ZV
            Total: 1,18,000.00""", "eng");

    @Deployment
    static WebArchive deployment() {
        return InContainer.testWar(LlmEngineInContainerIT.class,
                List.of("jdk.httpserver", "org.eclipse.microprofile.fault-tolerance.api"),
                OpenAiTestServer.class, OpenAiTestServer.Reply.class, OpenAiTestServer.Received.class);
    }

    @Test
    void withoutABaseUrlTheEngineIsOff() {
        LlmEngine engine = engine();
        assertTrue(engine.isConfigured(), "PAGEFLOW_LLM_BASE_URL is set on the test server (for LlmStageIT)");
        LlmSettings off = new LlmSettings(Optional.empty(), "test-model", Optional.empty(),
                engine.settings().timeout(), engine.settings().maxConcurrent());
        LlmException e = assertThrows(LlmException.class, () -> engine.classify(off, PAGE, TYPES, 0.5));
        assertEquals(ErrorCode.LLM_ERROR, e.code());
        assertTrue(e.getMessage().contains("PAGEFLOW_LLM_BASE_URL"), e.getMessage());
    }

    @Test
    void aPageIsClassifiedAndItsTokensReported() throws IOException {
        try (OpenAiTestServer server = OpenAiTestServer.start()) {
            fromAClosedBreaker(server);
            LlmSettings withKey = new LlmSettings(Optional.of(server.baseUrl()), "test-model", Optional.of("sk-test"),
                    engine().settings().timeout(), engine().settings().maxConcurrent());

            Classification c = engine().classify(withKey, PAGE, TYPES, 0.5);

            assertEquals("bill", c.docType());
            assertEquals(2, c.typeVersion());
            assertEquals(0.93, c.confidence(), 1e-9);
            assertEquals("llm", c.engine());
            assertEquals(new TokenUsage(OpenAiTestServer.PROMPT_TOKENS, OpenAiTestServer.COMPLETION_TOKENS), c.tokens());
            OpenAiTestServer.Received request = server.received().get(0);
            assertEquals("Bearer sk-test", request.authorization());
            assertEquals("test-model", request.body().getString("model"));
            assertEquals("json_schema", request.responseFormat());
        }
    }

    @Test
    void fieldsAreExtractedWithEvidenceAndTheirTokensReported() throws IOException {
        try (OpenAiTestServer server = OpenAiTestServer.start()) {
            fromAClosedBreaker(server);
            server.otherwise(Reply.json("""
                    {"fields": {"invoiceNumber": "INV-2291", "invoiceDate": "2026-03-14", "totalAmount": 118000},
                     "evidence": {"invoiceNumber": "Invoice No: INV-2291", "totalAmount": "Total: 1,18,000.00"},
                     "confidence": {"invoiceNumber": 0.97, "totalAmount": 0.9}}"""));

            LlmExtraction extraction = engine().extraction(settings(server), PAGE, BILL);

            FieldValue number = extraction.fields().get("invoiceNumber");
            assertEquals("INV-2291", ((JsonString) number.value()).getString());
            assertEquals(0.97, number.confidence(), 1e-9);
            assertEquals(FieldValue.LLM, number.source());
            assertEquals("Invoice No: INV-2291", number.evidence());
            assertEquals(118000, ((JsonNumber) extraction.fields().get("totalAmount").value()).intValue());
            assertEquals(3, extraction.fields().size());
            assertEquals(new TokenUsage(OpenAiTestServer.PROMPT_TOKENS, OpenAiTestServer.COMPLETION_TOKENS),
                    extraction.tokens());
        }
    }

    @Test
    void rateLimitedTwiceThenAnsweredWaitsWhatRetryAfterSays() throws IOException {
        try (OpenAiTestServer server = OpenAiTestServer.start()) {
            fromAClosedBreaker(server);
            server.then(Reply.rateLimited(1), Reply.rateLimited(1));

            Classification c = engine().classify(settings(server), PAGE, TYPES, 0.5);

            assertEquals("bill", c.docType());
            assertEquals(3, server.calls(), "two 429s, then the answer");
            List<OpenAiTestServer.Received> calls = server.received();
            for (int i = 1; i < calls.size(); i++) {
                Duration gap = Duration.between(calls.get(i - 1).at(), calls.get(i).at());
                assertTrue(gap.toMillis() >= 1000, "Retry-After: 1 honoured between calls " + i + " and " + (i + 1)
                        + ", the gap was " + gap.toMillis() + " ms");
            }
        }
    }

    @Test
    void rateLimitedThroughoutEndsInLlmRateLimit() throws IOException {
        try (OpenAiTestServer server = OpenAiTestServer.start()) {
            fromAClosedBreaker(server);
            server.otherwise(Reply.rateLimited(1));

            LlmException e = assertThrows(LlmException.class, () -> engine().classify(settings(server), PAGE, TYPES, 0.5));

            assertEquals(ErrorCode.LLM_RATE_LIMIT, e.code());
            assertTrue(e.code().isRetryable());
            assertEquals(3, server.calls(), "the call and two retries");

            // a busy endpoint is not a broken one: rate limits do not open the breaker
            e = assertThrows(LlmException.class, () -> engine().classify(settings(server), PAGE, TYPES, 0.5));
            assertEquals(ErrorCode.LLM_RATE_LIMIT, e.code());
            assertEquals(6, server.calls(), "the second call reached the endpoint too");
        }
    }

    @Test
    void serverErrorsEndInLlmErrorAfterTheRetries() throws IOException {
        try (OpenAiTestServer server = OpenAiTestServer.start()) {
            fromAClosedBreaker(server);
            server.otherwise(Reply.error(500, "server_error", "The server had an error while processing your request."));

            LlmException e = assertThrows(LlmException.class, () -> engine().classify(settings(server), PAGE, TYPES, 0.5));

            assertEquals(ErrorCode.LLM_ERROR, e.code());
            assertTrue(e.getMessage().contains("HTTP 500"), e.getMessage());
            assertEquals(3, server.calls(), "the call and two retries");
        }
    }

    @Test
    void anEndpointThatDoesNotAnswerEndsInLlmTimeout() throws IOException {
        try (OpenAiTestServer server = OpenAiTestServer.start()) {
            fromAClosedBreaker(server);
            server.otherwise(Reply.stall());
            Instant start = Instant.now();

            LlmException e = assertThrows(LlmException.class, () -> engine().classify(settings(server), PAGE, TYPES, 0.5));

            assertEquals(ErrorCode.LLM_TIMEOUT, e.code());
            assertTrue(e.code().isRetryable());
            assertEquals(3, server.calls(), "the call and two retries, each given up after the timeout");
            Duration took = Duration.between(start, Instant.now());
            assertTrue(took.compareTo(Duration.ofSeconds(30)) < 0, "bounded by the timeouts, took " + took);
        }
    }

    @Test
    void anAnswerThatTricklesIsGivenUpAfterTheTimeoutAndRetried() throws IOException {
        try (OpenAiTestServer server = OpenAiTestServer.start()) {
            fromAClosedBreaker(server);
            server.then(Reply.trickle());
            Instant start = Instant.now();

            Classification c = engine().classify(settings(server), PAGE, TYPES, 0.5);

            assertEquals("bill", c.docType());
            assertEquals(2, server.calls(), "the trickling answer, then the retry");
            Duration took = Duration.between(start, Instant.now());
            Duration timeout = engine().settings().timeout();
            assertTrue(took.compareTo(timeout) >= 0 && took.compareTo(timeout.multipliedBy(4)) < 0,
                    "the headers came at once, the body never: given up after the timeout, took " + took);
        }
    }

    @Test
    void anAnswerThatIsNotJsonEndsInInvalidOutputWithoutRetry() throws IOException {
        try (OpenAiTestServer server = OpenAiTestServer.start()) {
            fromAClosedBreaker(server);
            server.otherwise(Reply.content("{\"docType\": \"bill\", \"confidence\": "));

            LlmException e = assertThrows(LlmException.class, () -> engine().classify(settings(server), PAGE, TYPES, 0.5));

            assertEquals(ErrorCode.LLM_INVALID_OUTPUT, e.code());
            assertFalse(e.code().isRetryable());
            assertEquals(1, server.calls());
            assertEquals(new TokenUsage(OpenAiTestServer.PROMPT_TOKENS, OpenAiTestServer.COMPLETION_TOKENS), e.tokens(),
                    "an unusable answer still used tokens");
        }
    }

    @Test
    void anAnswerThatBreaksTheSchemaEndsInInvalidOutputWithoutRetry() throws IOException {
        try (OpenAiTestServer server = OpenAiTestServer.start()) {
            fromAClosedBreaker(server);
            server.otherwise(Reply.json("{\"fields\": {\"invoiceNumber\": 2291, \"totalAmount\": \"1,18,000.00\"}}"));

            LlmException e = assertThrows(LlmException.class, () -> engine().extraction(settings(server), PAGE, BILL));

            assertEquals(ErrorCode.LLM_INVALID_OUTPUT, e.code());
            assertTrue(e.getMessage().contains("invoiceNumber"), e.getMessage());
            assertEquals(1, server.calls());
        }
    }

    @Test
    void aRefusedRequestIsNotRetried() throws IOException {
        try (OpenAiTestServer server = OpenAiTestServer.start()) {
            fromAClosedBreaker(server);
            server.otherwise(Reply.error(401, "invalid_api_key", "Incorrect API key provided."));

            LlmException e = assertThrows(LlmException.class, () -> engine().classify(settings(server), PAGE, TYPES, 0.5));

            assertEquals(ErrorCode.LLM_ERROR, e.code());
            assertTrue(e.getMessage().contains("HTTP 401") && e.getMessage().contains("Incorrect API key"),
                    e.getMessage());
            assertEquals(1, server.calls());
        }
    }

    @Test
    void anUnreachableEndpointEndsInLlmError() throws IOException {
        try (OpenAiTestServer server = OpenAiTestServer.start()) {
            fromAClosedBreaker(server);
        }
        URI closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/v1");
        }
        LlmSettings unreachable = engine().settings().withBaseUrl(closed).withModel("test-model");

        LlmException e = assertThrows(LlmException.class, () -> engine().classify(unreachable, PAGE, TYPES, 0.5));

        assertEquals(ErrorCode.LLM_ERROR, e.code());
        assertTrue(e.getMessage().contains("cannot be reached"), e.getMessage());
    }

    @Test
    void anEndpointWithoutJsonSchemaIsAskedForAJsonObject() throws IOException {
        try (OpenAiTestServer server = OpenAiTestServer.start()) {
            fromAClosedBreaker(server);
            server.otherwise(Reply.choosing(request -> "json_schema".equals(request.getJsonObject("response_format")
                    .getString("type"))
                            ? Reply.error(400, "invalid_request_error", "response_format.type json_schema is not supported")
                            : Reply.json(CLASSIFIED)));

            Classification c = engine().classify(settings(server), PAGE, TYPES, 0.5);

            assertEquals("bill", c.docType());
            assertEquals(List.of("json_schema", "json_object"),
                    server.received().stream().map(OpenAiTestServer.Received::responseFormat).toList());
        }
    }

    @Test
    void theBreakerOpensFailsFastAndClosesAfterItsDelay() throws IOException {
        try (OpenAiTestServer server = OpenAiTestServer.start()) {
            fromAClosedBreaker(server);
            server.otherwise(Reply.error(503, "server_error", "The engine is currently overloaded."));
            LlmSettings settings = settings(server);

            // two calls that use up their retries: 6 failures in the window of 8
            for (int call = 1; call <= 2; call++) {
                LlmException e = assertThrows(LlmException.class, () -> engine().classify(settings, PAGE, TYPES, 0.5));
                assertFalse(e.getCause() instanceof CircuitBreakerOpenException, "call " + call + " reached the server");
            }
            assertEquals(6, server.calls());
            Instant opened = Instant.now();

            Instant before = Instant.now();
            LlmException open = assertThrows(LlmException.class, () -> engine().classify(settings, PAGE, TYPES, 0.5));
            assertEquals(ErrorCode.LLM_ERROR, open.code());
            assertInstanceOf(CircuitBreakerOpenException.class, open.getCause(), "the breaker is open");
            assertTrue(Duration.between(before, Instant.now()).toMillis() < 1000, "an open breaker fails fast");
            assertEquals(6, server.calls(), "an open breaker keeps calls from the endpoint");

            server.otherwise(Reply.json(CLASSIFIED));
            Classification recovered = awaitClosed(settings, BREAKER_DELAY.multipliedBy(5));
            assertEquals("bill", recovered.docType());
            Duration closedAfter = Duration.between(opened, Instant.now());
            assertTrue(closedAfter.compareTo(BREAKER_DELAY.minusMillis(200)) >= 0,
                    "closed only after its delay, it took " + closedAfter);
            assertEquals(1, server.calls() - 6, "the calls while open never reached the endpoint");
            assertEquals("bill", engine().classify(settings, PAGE, TYPES, 0.5).docType(), "closed again");
        }
    }

    @Test
    void theBulkheadCapsConcurrentCallsAndTheRestWait() throws Exception {
        try (OpenAiTestServer server = OpenAiTestServer.start()) {
            fromAClosedBreaker(server);
            server.otherwise(Reply.after(Duration.ofMillis(800), Reply.json(CLASSIFIED)));
            LlmEngine engine = engine();
            LlmSettings settings = settings(server);
            int callers = 3 * settings.maxConcurrent();
            ExecutorService pool = Executors.newFixedThreadPool(callers);
            try {
                List<Future<Classification>> results = new ArrayList<>();
                for (int i = 0; i < callers; i++) {
                    results.add(pool.submit(() -> engine.classify(settings, PAGE, TYPES, 0.5)));
                }
                for (Future<Classification> result : results) {
                    assertEquals("bill", result.get().docType(), "a caller over the cap waits, it is not refused");
                }
            } finally {
                pool.shutdownNow();
            }
            assertEquals(callers, server.calls());
            assertEquals(settings.maxConcurrent(), server.mostAtOnce(),
                    "PAGEFLOW_LLM_MAX_CONCURRENT calls at once, no more");
        }
    }

    /**
     * Waits out a breaker that an earlier test left open, then fills its window with successes, so that the
     * test's own failures are the only ones it counts.
     */
    private static void fromAClosedBreaker(OpenAiTestServer server) {
        server.otherwise(Reply.json(CLASSIFIED));
        LlmSettings settings = settings(server);
        awaitClosed(settings, BREAKER_DELAY.multipliedBy(5));
        for (int i = 1; i < WINDOW; i++) {
            engine().classify(settings, PAGE, TYPES, 0.5);
        }
        server.forget();
    }

    /** Calls until one gets through; fails if the breaker stays open past {@code within}. */
    private static Classification awaitClosed(LlmSettings settings, Duration within) {
        Instant deadline = Instant.now().plus(within);
        while (true) {
            try {
                return engine().classify(settings, PAGE, TYPES, 0.5);
            } catch (LlmException e) {
                if (!(e.getCause() instanceof CircuitBreakerOpenException) || Instant.now().isAfter(deadline)) {
                    throw e;
                }
            }
            try {
                Thread.sleep(100); // polling the breaker's state, not waiting for a result
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static LlmSettings settings(OpenAiTestServer server) {
        return engine().settings().withBaseUrl(server.baseUrl()).withModel("test-model");
    }

    private static LlmEngine engine() {
        return InContainer.ejb(LlmEngine.class);
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
