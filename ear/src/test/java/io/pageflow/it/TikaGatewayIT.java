package io.pageflow.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.pageflow.client.model.JobView;

/**
 * A real converter standing in for the gateway: Apache Tika server (tika-server-standard from Maven Central, fetched
 * into the local repository by ear/pom.xml) in its own JVM, and a second Pageflow node configured with the {@code put} flavour
 * pointing at it ({@link SecondServer}, sharing the database and storage; the main test server keeps the test
 * gateway). A PDF submitted to that node with {@code convert=gateway} comes back as Tika's XHTML with the PDF's
 * text in it, stored at the job's resultPath.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TikaGatewayIT {

    static final int TIKA_PORT = Integer.getInteger("pageflow.tika.port");
    static final String TIKA = "http://127.0.0.1:" + TIKA_PORT;

    @Test
    void tikaServerConvertsThePdfSentWithPut() throws Exception {
        Path work = Path.of(System.getProperty("pageflow.work.dir"));
        Process tika = new ProcessBuilder("java", "-jar", System.getProperty("pageflow.tika.jar"), "-h", "127.0.0.1",
                "-p", Integer.toString(TIKA_PORT))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("tika-server.log").toFile()))
                .start();
        SecondServer node = new SecondServer(2, Map.of(
                "PAGEFLOW_GATEWAY_URL", TIKA,
                "PAGEFLOW_GATEWAY_FLAVOUR", "put",
                "PAGEFLOW_GATEWAY_TIMEOUT_SECONDS", "120",
                "PAGEFLOW_GATEWAY_MAX_BYTES", "10000000"));
        try {
            awaitTika(tika);
            node.start();
            TestApi api = new TestApi(SecondServer.URL);
            JobView job = api.submitAccepted(List.of(new PageflowClient.FilePart("tika.pdf", "application/pdf",
                    TestDocuments.bornDigitalPdf(List.of(List.of("TIKA-CONVERTED quarterly report",
                            "Prepared for the budget committee."))))), Map.of("convert", "gateway"));
            JobView done = api.awaitEnd(job.getId(), Duration.ofMinutes(4));
            assertEquals("completed", done.getStatus(), done.toString());
            assertEquals("results/" + job.getId() + ".xml", done.getResultPath());

            byte[] answer = TestApi.bytes(TestApi.call(() -> api.jobs.getResult(job.getId(), "gateway", null)));
            String xhtml = new String(answer, StandardCharsets.UTF_8);
            assertTrue(xhtml.contains("http://www.w3.org/1999/xhtml"), "Tika's XHTML: " + xhtml);
            assertTrue(xhtml.contains("TIKA-CONVERTED quarterly report"), "with the PDF's text: " + xhtml);
            assertTrue(xhtml.contains("application/pdf"), "and what Tika took it for: " + xhtml);
            assertArrayEquals(answer, Files.readAllBytes(Path.of(System.getProperty("pageflow.storage.dir"))
                    .resolve(done.getResultPath())));
        } finally {
            node.stop();
            // Tika server runs its parser in a forked child JVM: stop both.
            tika.descendants().forEach(ProcessHandle::destroy);
            tika.destroy();
            tika.waitFor();
        }
    }

    /** Tika answers its welcome page once it has started (tens of seconds on a loaded machine). */
    private static void awaitTika(Process tika) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            if (!tika.isAlive()) {
                throw new IllegalStateException("Tika server exited; see target/tika-server.log");
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(TIKA + "/tika")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            TestApi.pause(500);
        }
        throw new IllegalStateException("Tika server did not answer within 3 minutes; see target/tika-server.log");
    }
}
