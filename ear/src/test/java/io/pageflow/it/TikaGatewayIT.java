package io.pageflow.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void tikaServerConvertsThePdfSentWithPut() throws Exception {
        SecondServer node = new SecondServer(2, Map.of(
                "PAGEFLOW_GATEWAY_URL", TikaServer.URL,
                "PAGEFLOW_GATEWAY_FLAVOUR", "put",
                "PAGEFLOW_GATEWAY_TIMEOUT_SECONDS", "120",
                "PAGEFLOW_GATEWAY_MAX_BYTES", "10000000"));
        try (TikaServer tika = TikaServer.start()) {
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
        }
    }
}
