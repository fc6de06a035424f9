package io.pageflow.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import jakarta.json.JsonObject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import io.pageflow.client.model.EventView;
import io.pageflow.client.model.JobView;

/**
 * The conversion gateway's stage against {@link GatewayTestServer}: uploads it cannot take refused with a 400
 * problem, then one outcome per test: success (the answer
 * stored byte for byte, never half), a 4xx (one call, no retry), an answer that is not XML ({@code UNKNOWN}), 5xx then success (the retries in the trail), a
 * stall ({@code GW_TIMEOUT}), a file over the limit ({@code TOO_LARGE}, no call), no gateway listening
 * ({@code IO_ERROR}), and the circuit breaker opening and closing again in readiness. The server under test has a
 * 2 s attempt, a 30,000-byte limit and a breaker delay of 1 s (ear/pom.xml). The tests run in this order because
 * they share the breaker: the failures come last.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GatewayIT {

    static final TestApi api = new TestApi();
    static final Path STORAGE = Path.of(System.getProperty("pageflow.storage.dir"));
    static final String MAPPING = "{\"fields\": [{\"name\": \"supplier\", \"xpath\": \"/invoice/supplier\"}], \"version\": 2}";
    static final Duration JOB_TIMEOUT = Duration.ofMinutes(3);

    static GatewayTestServer gateway;

    @BeforeAll
    static void startGateway() throws IOException {
        gateway = GatewayTestServer.start();
    }

    @AfterAll
    static void stopGateway() {
        gateway.close();
    }

    @BeforeEach
    void freshScript() {
        gateway.forget();
    }

    static byte[] invoicePdf(String marker) {
        return TestDocuments.bornDigitalPdf(List.of(List.of("TAX INVOICE " + marker, "Supplier: Muller and Sohne",
                "Total: 1234.50")));
    }

    static JobView submit(String fileName, byte[] pdf) {
        return api.submitAccepted(List.of(new PageflowClient.FilePart(fileName, "application/pdf", pdf)),
                Map.of("convert", "gateway", "mapping", MAPPING));
    }

    static List<EventView> retries(long jobId) {
        return api.events(jobId).stream().filter(e -> e.getType().equals("retry.scheduled")).toList();
    }

    @Test
    @Order(0)
    void anUploadTheGatewayCannotTakeIsRefusedWithAProblem() {
        List<PageflowClient.FilePart> pdf = List.of(new PageflowClient.FilePart("a.pdf", "application/pdf", invoicePdf("GW-400")));
        api.refused(400, "INVALID_MAPPING", () -> api.submit(pdf, Map.of("convert", "gateway", "mapping", "fields: supplier")));
        api.refused(400, "MAPPING_REQUIRED", () -> api.submit(pdf, Map.of("convert", "gateway")));
        api.refused(400, "BAD_OPTION", () -> api.submit(pdf, Map.of("mapping", MAPPING)));
        api.refused(400, "BAD_OPTION", () -> api.submit(pdf, Map.of("convert", "soffice", "mapping", MAPPING)));
        List<PageflowClient.FilePart> images = TestDocuments.lines(3, 2).stream()
                .map(line -> new PageflowClient.FilePart(line.hashCode() + ".png", "image/png",
                        TestDocuments.png(TestDocuments.scannedPage(List.of(line)))))
                .toList();
        api.refused(400, "GATEWAY_NEEDS_ONE_FILE", () -> api.submit(images, Map.of("convert", "gateway", "mapping", MAPPING)));
        assertEquals(0, gateway.calls());
    }

    @Test
    @Order(1)
    void theAnswerIsStoredByteForByteAndNeverHalfWritten() throws Exception {
        CountDownLatch halfSent = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        gateway.then(GatewayTestServer.Reply.inTwoHalves(GatewayTestServer.ANSWER, halfSent, release));
        byte[] pdf = invoicePdf("GW-OK");
        JobView job = submit("invoice-ok.pdf", pdf);
        assertEquals("gateway", job.getConvert());

        assertTrue(halfSent.await(2, TimeUnit.MINUTES), "the gateway was never called");
        Path stored = STORAGE.resolve("results/" + job.getId() + ".xml");
        assertFalse(Files.exists(stored), "half of the answer has arrived: nothing may be at results/{id}.xml yet");
        JobView during = api.job(job.getId());
        assertEquals("processing", during.getStatus());
        assertEquals("gateway", during.getStage());
        release.countDown();

        JobView done = api.awaitEnd(job.getId(), JOB_TIMEOUT);
        assertEquals("completed", done.getStatus(), done.toString());
        assertEquals("results/" + job.getId() + ".xml", done.getResultPath());
        assertArrayEquals(GatewayTestServer.ANSWER, Files.readAllBytes(stored), "the stored answer is the gateway's, byte for byte");
        assertArrayEquals(GatewayTestServer.ANSWER, TestApi.bytes(TestApi.call(() -> api.jobs.getResult(job.getId(), "gateway", null))),
                "GET …/result?format=gateway serves it unchanged");
        try (Stream<Path> results = Files.list(STORAGE.resolve("results"))) {
            assertTrue(results.noneMatch(p -> p.getFileName().toString().startsWith(".incoming-")),
                    "no temporary file is left beside the results");
        }
        String export = api.result(job.getId(), "xml");
        assertTrue(export.contains("GW-OK"), "format=xml is still Pageflow's own export, with the page's text: " + export);
        assertNotEquals(new String(GatewayTestServer.ANSWER, java.nio.charset.StandardCharsets.UTF_8), export);

        assertEquals(1, gateway.calls());
        GatewayTestServer.Received call = gateway.received().get(0);
        assertEquals("invoice-ok.pdf", call.parts().get("file").fileName());
        assertEquals("application/pdf", call.parts().get("file").contentType());
        assertArrayEquals(pdf, call.parts().get("file").content(), "the gateway got the uploaded file unchanged");
        assertEquals(MAPPING, call.parts().get("mapping").text());
        assertEquals("closed", breaker());
    }

    @Test
    @Order(2)
    void aFileOverTheLimitFailsTooLargeWithoutACall() {
        byte[] pdf = withAttachment(invoicePdf("GW-LARGE"), 40_000);
        assertTrue(pdf.length > 30_000, "the test file is over PAGEFLOW_GATEWAY_MAX_BYTES: " + pdf.length);
        JobView done = api.awaitEnd(submit("large.pdf", pdf).getId(), JOB_TIMEOUT);
        assertEquals("failed", done.getStatus(), done.toString());
        assertEquals("TOO_LARGE", done.getErrorCode(), done.toString());
        assertEquals(0, gateway.calls(), "nothing was sent");
        assertEquals(null, done.getResultPath());
    }

    @Test
    @Order(3)
    void aRefusalFailsGw4xxAfterExactlyOneCall() {
        gateway.then(GatewayTestServer.Reply.status(422, "mapping field 'supplier' has no xpath the document has"));
        JobView job = submit("invoice-422.pdf", invoicePdf("GW-422"));
        JobView done = api.awaitEnd(job.getId(), JOB_TIMEOUT);
        assertEquals("failed", done.getStatus(), done.toString());
        assertEquals("GW_4XX", done.getErrorCode(), done.toString());
        assertTrue(done.getErrorMessage().contains("422") && done.getErrorMessage().contains("no xpath"), done.getErrorMessage());
        assertEquals(1, gateway.calls(), "a 4xx is not retried");
        assertEquals(List.of(), retries(job.getId()), "no retry in the trail");
    }

    @Test
    @Order(4)
    void anAnswerThatIsNotXmlFailsUnknownWithoutRetry() {
        gateway.then((exchange, closing) -> GatewayTestServer.write(exchange, 200, "text/html",
                "<html><body>Proxy: upstream unavailable</body></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        JobView job = submit("invoice-html.pdf", invoicePdf("GW-HTML"));
        JobView done = api.awaitEnd(job.getId(), JOB_TIMEOUT);
        assertEquals("failed", done.getStatus(), done.toString());
        assertEquals("UNKNOWN", done.getErrorCode(), done.toString());
        assertTrue(done.getErrorMessage().contains("text/html"), done.getErrorMessage());
        assertEquals(1, gateway.calls());
        assertEquals(List.of(), retries(job.getId()));
    }

    @Test
    @Order(5)
    void twoServiceUnavailablesAreRetriedAndTheThirdAttemptCompletes() {
        gateway.then(GatewayTestServer.Reply.status(503, "busy"), GatewayTestServer.Reply.status(503, "busy"));
        JobView job = submit("invoice-503.pdf", invoicePdf("GW-503"));
        JobView done = api.awaitEnd(job.getId(), JOB_TIMEOUT);
        assertEquals("completed", done.getStatus(), done.toString());
        assertEquals(3, gateway.calls());
        List<EventView> retries = retries(job.getId());
        assertEquals(2, retries.size(), retries.toString());
        retries.forEach(r -> assertEquals("GW_5XX", r.getErrorCode(), r.toString()));
        assertTrue(retries.get(0).getMessage().contains("503"), retries.get(0).getMessage());
        assertArrayEquals(GatewayTestServer.ANSWER, TestApi.bytes(TestApi.call(() -> api.jobs.getResult(job.getId(), "gateway", null))));
    }

    @Test
    @Order(6)
    void aGatewayThatNeverAnswersFailsGwTimeoutAfterThreeAttempts() {
        gateway.then(GatewayTestServer.Reply.stall(), GatewayTestServer.Reply.stall(), GatewayTestServer.Reply.stall());
        JobView job = submit("invoice-stall.pdf", invoicePdf("GW-STALL"));
        JobView done = api.awaitEnd(job.getId(), JOB_TIMEOUT);
        assertEquals("failed", done.getStatus(), done.toString());
        assertEquals("GW_TIMEOUT", done.getErrorCode(), done.toString());
        assertEquals(3, gateway.calls());
        List<EventView> retries = retries(job.getId());
        assertEquals(2, retries.size(), retries.toString());
        retries.forEach(r -> assertEquals("GW_TIMEOUT", r.getErrorCode(), r.toString()));
    }

    @Test
    @Order(7)
    void noGatewayListeningFailsIoError() throws IOException {
        gateway.close();
        try {
            JobView job = submit("invoice-refused.pdf", invoicePdf("GW-REFUSED"));
            JobView done = api.awaitEnd(job.getId(), JOB_TIMEOUT);
            assertEquals("failed", done.getStatus(), done.toString());
            assertEquals("IO_ERROR", done.getErrorCode(), done.toString());
            List<EventView> retries = retries(job.getId());
            assertEquals(2, retries.size(), retries.toString());
            assertEquals("IO_ERROR", retries.get(0).getErrorCode(), retries.toString());
        } finally {
            gateway = GatewayTestServer.start();
        }
    }

    @Test
    @Order(8)
    void theCircuitBreakerOpensOnAGatewayThatKeepsFailingAndClosesWhenItAnswers() throws IOException {
        gateway.close();
        try {
            // Six transient failures among the last eight attempts open it: two jobs of three attempts at most.
            // It stays open for the breaker's delay (1 s here), then lets a trial through: readiness is watched
            // while the jobs fail.
            List<Long> jobs = List.of(submit("invoice-down-1.pdf", invoicePdf("GW-DOWN-1")).getId(),
                    submit("invoice-down-2.pdf", invoicePdf("GW-DOWN-2")).getId());
            TestApi.await(JOB_TIMEOUT, 100, "readiness to show the breaker open", GatewayIT::breaker, "open"::equals);
            for (long id : jobs) {
                JobView done = api.awaitEnd(id, JOB_TIMEOUT);
                assertEquals("failed", done.getStatus(), done.toString());
                assertTrue(List.of("IO_ERROR", "CIRCUIT_OPEN").contains(done.getErrorCode()), done.toString());
            }
        } finally {
            gateway = GatewayTestServer.start();
        }
        JobView done = api.awaitEnd(submit("invoice-back.pdf", invoicePdf("GW-BACK")).getId(), JOB_TIMEOUT);
        assertEquals("completed", done.getStatus(), "the gateway answers again: " + done);
        assertEquals("closed", breaker(), "one good trial call closed it");
    }

    /** The conversion gateway's circuit breaker as readiness shows it. */
    static String breaker() {
        String management = System.getProperty("pageflow.management.url");
        try {
            HttpResponse<String> ready = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(management + "/health/ready")).build(), HttpResponse.BodyHandlers.ofString());
            return PageflowClient.json(ready.body()).asJsonObject().getJsonArray("checks").stream()
                    .map(c -> (JsonObject) c)
                    .filter(c -> c.getString("name").equals("conversion-gateway"))
                    .findFirst()
                    .map(c -> {
                        assertEquals("UP", c.getString("status"), "an open breaker does not make the node unready");
                        return c.getJsonObject("data").getString("circuitBreaker");
                    })
                    .orElseThrow(() -> new AssertionError("no conversion-gateway check in " + ready.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The PDF with a file attached that does not compress, so that it weighs {@code bytes} more. */
    static byte[] withAttachment(byte[] pdf, int bytes) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            byte[] noise = new byte[bytes];
            new Random(7).nextBytes(noise);
            PDEmbeddedFile file = new PDEmbeddedFile(document, new ByteArrayInputStream(noise));
            file.setSize(bytes);
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile("noise.bin");
            spec.setEmbeddedFile(file);
            PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
            tree.setNames(Map.of("noise.bin", spec));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
            names.setEmbeddedFiles(tree);
            document.getDocumentCatalog().setNames(names);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
