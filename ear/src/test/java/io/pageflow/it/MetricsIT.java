package io.pageflow.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.pageflow.client.model.JobView;

/**
 * The pipeline's meters on the management port's {@code /metrics}, read before and after two jobs: a
 * born-digital PDF of two pages, and two page images of which one is blank. Every counter moves by what the
 * jobs did, and the queue gauges are back at 0 once the pipeline is idle.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MetricsIT {

    static final TestApi api = new TestApi();

    @Test
    void countersMoveByWhatTheJobsDidAndTheQueuesEmpty() {
        MessageQueues.awaitDrained(Duration.ofMinutes(2));
        PrometheusScrape before = PrometheusScrape.now();

        byte[] pdf = TestDocuments.bornDigitalPdf(List.of(TestDocuments.lines(61, 8), TestDocuments.lines(62, 8)));
        byte[] scan = TestDocuments.png(TestDocuments.scannedPage(TestDocuments.lines(63, 8)));
        byte[] blank = TestDocuments.png(TestDocuments.scannedPage(List.of()));
        long pdfJob = api.submitAccepted(List.of(new PageflowClient.FilePart("metrics.pdf", "application/pdf", pdf)),
                Map.of()).getId();
        long imageJob = api.submitAccepted(List.of(new PageflowClient.FilePart("scan.png", "image/png", scan),
                new PageflowClient.FilePart("blank.png", "image/png", blank)), Map.of()).getId();
        JobView pdfEnded = api.awaitEnd(pdfJob, Duration.ofMinutes(2));
        JobView imagesEnded = api.awaitEnd(imageJob, Duration.ofMinutes(2));
        assertEquals("completed", pdfEnded.getStatus(), pdfEnded::toString);
        assertEquals("completed", imagesEnded.getStatus(), imagesEnded::toString);
        assertEquals(0, imagesEnded.getPagesFailed(), "the blank page completes blank: " + imagesEnded);
        MessageQueues.awaitDrained(Duration.ofMinutes(1));
        PrometheusScrape after = PrometheusScrape.now();

        Delta delta = new Delta(before, after);
        assertTrue(after.has("pageflow_pages_processed_total"), () -> "no pipeline meters: " + after.pageflowSeries());
        assertEquals(2, delta.of("pageflow_pages_processed_total", Map.of("outcome", "completed", "source", "text-layer")));
        assertEquals(1, delta.of("pageflow_pages_processed_total", Map.of("outcome", "completed", "source", "ocr")));
        assertEquals(1, delta.of("pageflow_pages_processed_total", Map.of("outcome", "completed", "source", "none")),
                "the blank page");
        assertEquals(4, delta.of("pageflow_pages_processed_total", Map.of()), "no other page outcome counted");
        assertEquals(0, delta.of("pageflow_page_errors_total", Map.of()), "no page error counted");
        assertEquals(1, delta.of("pageflow_ocr_confidence_count", Map.of()), "one page read by OCR had text");
        assertTrue(delta.of("pageflow_ocr_confidence_sum", Map.of()) > 50, "a clean scan reads with confidence");
        assertEquals(pdf.length + scan.length + blank.length, delta.of("pageflow_upload_bytes_total", Map.of()));

        assertEquals(2, delta.of("pageflow_stage_seconds_count", Map.of("stage", "split")), "one split slice per job");
        assertEquals(2, delta.of("pageflow_stage_seconds_count", Map.of("stage", "page")),
                "one message per image; the PDF's text-layer pages are read with the split");
        assertEquals(2, delta.of("pageflow_stage_seconds_count", Map.of("stage", "index")));
        assertEquals(2, delta.of("pageflow_stage_seconds_count", Map.of("stage", "export")));
        assertTrue(delta.of("pageflow_stage_seconds_count", Map.of("stage", "classify")) >= 2, "a slice per job at least");
        assertTrue(delta.of("pageflow_stage_seconds_count", Map.of("stage", "extract")) >= 2, "a slice per job at least");
        assertTrue(delta.of("pageflow_stage_seconds_sum", Map.of("stage", "page")) > 0);
        assertTrue(after.value("pageflow_stage_seconds_bucket", Map.of("stage", "page", "le", "+Inf"))
                >= after.value("pageflow_stage_seconds_count", Map.of("stage", "page")), "the timer has buckets");

        for (String queue : MessageQueues.PIPELINE) {
            assertTrue(after.has("pageflow_queue_messages"), "the queue gauges are exposed");
            assertEquals(0, after.value("pageflow_queue_messages", Map.of("queue", queue)), queue + " is empty again");
        }
        assertFalse(Double.isNaN(after.value("pageflow_dead_letters")), "the broker's dead-letter count is read");
        assertEquals(before.value("pageflow_dead_letters"), after.value("pageflow_dead_letters"), "nothing dead-lettered");
        awaitJobsGauge(before.value("pageflow_jobs", Map.of("status", "completed")) + 2);
    }

    /** The jobs gauge is a cached database count: it catches up within a few seconds. */
    private static void awaitJobsGauge(double completed) {
        TestApi.await(Duration.ofSeconds(20), 500, "pageflow_jobs{status=\"completed\"} >= " + completed,
                () -> PrometheusScrape.now().value("pageflow_jobs", Map.of("status", "completed")),
                seen -> seen >= completed);
    }

    private record Delta(PrometheusScrape before, PrometheusScrape after) {
        double of(String name, Map<String, String> labels) {
            return after.value(name, labels) - before.value(name, labels);
        }
    }
}
