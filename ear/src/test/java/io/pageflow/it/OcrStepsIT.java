package io.pageflow.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.AffineTransform;
import java.awt.image.AffineTransformOp;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.pageflow.client.ApiException;
import io.pageflow.client.ApiResponse;
import io.pageflow.client.model.JobView;
import io.pageflow.client.model.PageView;
import io.pageflow.client.model.Problem;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What is done to a scanned page before Tesseract reads it, and the job options that choose it: a page scanned
 * upside down reads right with the server's default steps, and a job can ask for other steps or the other model.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OcrStepsIT {

    static final TestApi api = new TestApi();

    static final List<String> lines = TestDocuments.lines(61, 12);

    /** A scanned PDF whose page went through the scanner the wrong way round. */
    static byte[] upsideDownScan() {
        BufferedImage page = TestDocuments.scannedPage(lines);
        AffineTransform turn = AffineTransform.getQuadrantRotateInstance(2, page.getWidth() / 2.0, page.getHeight() / 2.0);
        BufferedImage turned = new AffineTransformOp(turn, AffineTransformOp.TYPE_NEAREST_NEIGHBOR).filter(page,
                new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY));
        return TestDocuments.scannedPdf(List.of(turned));
    }

    static List<PageflowClient.FilePart> pdf(byte[] bytes) {
        return List.of(new PageflowClient.FilePart("scan.pdf", "application/pdf", bytes));
    }

    /** Runs the job to its end and returns its one page's character error rate. */
    static double read(JobView queued) {
        JobView job = api.awaitEnd(queued.getId(), Duration.ofMinutes(4));
        assertEquals("completed", job.getStatus(), () -> "job ended " + job);
        PageView page = api.pages(job.getId()).get(0);
        assertEquals("ocr", page.getTextSource());
        return TextMetrics.characterErrorRate(String.join("\n", lines), api.text(job.getDocumentId(), 1));
    }

    @Test
    void aPageScannedUpsideDownReadsRight() {
        JobView job = api.submitAccepted(pdf(upsideDownScan()), Map.of());
        assertEquals("fast", job.getOcrModel(), "the server's default model, stored with the job");
        assertTrue(job.getOcrSteps().contains("orient"), "the server's default steps turn pages: " + job.getOcrSteps());
        double cer = read(job);
        assertTrue(cer < 0.03, "character error rate " + cer);
    }

    @Test
    void aJobChoosesItsStepsAndModel() throws ApiException {
        byte[] scan = upsideDownScan();
        JobView plain = api.submitAccepted(pdf(scan), Map.of("ocrSteps", "none"));
        assertEquals("none", plain.getOcrSteps());
        JobView chosen = api.submitAccepted(pdf(scan), Map.of("ocrSteps", "Deskew, orient", "ocrModel", "fast"));
        assertEquals("orient,deskew", chosen.getOcrSteps(), "stored in one order");
        assertEquals("orient,deskew", api.job(chosen.getId()).getOcrSteps());
        assertTrue(read(plain) > 0.5, "without turning, Tesseract reads the page upside down");
        assertTrue(read(chosen) < 0.03, "with the steps asked for, it reads right");

        api.refused(400, "BAD_OPTION", () -> api.submit(pdf(scan), Map.of("ocrSteps", "orient,sharpen")));
        api.refused(400, "BAD_OPTION", () -> api.submit(pdf(scan), Map.of("ocrModel", "legacy")));

        // The best model is there when tools/fetch-best-int fetched it (.ci/run does); without it, the job is refused.
        Map<String, String> best = new HashMap<>(Map.of("ocrModel", "best"));
        ApiResponse<JobView> response;
        try {
            response = api.submit(pdf(scan), best);
        } catch (ApiException e) {
            Problem problem = api.problem(e);
            assertEquals(400, e.getCode());
            assertEquals("OCR_MODEL_MISSING", problem.getCode());
            assertTrue(problem.getDetail().contains("tools/fetch-best-int"), problem.getDetail());
            return;
        }
        assertEquals(202, response.getStatusCode());
        assertEquals("best", response.getData().getOcrModel());
        assertTrue(read(response.getData()) < 0.03, "the best model reads the turned page right too");
    }
}
