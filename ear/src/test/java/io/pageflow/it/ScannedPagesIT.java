package io.pageflow.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Pages without a text layer go through Tesseract, whether they come as a scanned PDF or as PNG files. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScannedPagesIT {

    static final PageflowClient client = new PageflowClient();

    static final List<List<String>> texts = List.of(
            TestDocuments.lines(31, 12), TestDocuments.lines(32, 12), TestDocuments.lines(33, 12));

    static List<BufferedImage> images() {
        return texts.stream().map(TestDocuments::scannedPage).toList();
    }

    @Test
    void scannedPdfIsRecognised() {
        byte[] pdf = TestDocuments.scannedPdf(images());
        JsonObject job = client.submitAccepted(List.of(new PageflowClient.FilePart("scan.pdf", "application/pdf", pdf)),
                Map.of());
        assertRecognised(job);
    }

    @Test
    void pngPagesAreRecognisedInTheOrderGiven() {
        List<PageflowClient.FilePart> files = new ArrayList<>();
        List<BufferedImage> images = images();
        for (int i = 0; i < images.size(); i++) {
            files.add(new PageflowClient.FilePart("page-" + (i + 1) + ".png", "image/png", TestDocuments.png(images.get(i))));
        }
        JsonObject job = client.submitAccepted(files, Map.of("language", "eng"));
        assertRecognised(job);
    }

    private static void assertRecognised(JsonObject queued) {
        long id = queued.getJsonNumber("id").longValue();
        JsonObject job = client.awaitEnd(id, Duration.ofMinutes(4));
        assertEquals("completed", job.getString("status"), () -> "job ended " + job);
        JsonArray pages = client.pages(id);
        assertEquals(3, pages.size());
        for (int n = 1; n <= 3; n++) {
            JsonObject page = pages.getJsonObject(n - 1);
            assertEquals("ocr", page.getString("textSource"), "page " + n);
            assertTrue(page.getJsonNumber("confidence").doubleValue() > 50, "confidence of page " + n + ": " + page);
            String text = client.get("/api/documents/" + job.getJsonNumber("documentId") + "/pages/" + n + "/text").body();
            double cer = TextMetrics.characterErrorRate(String.join("\n", texts.get(n - 1)), text);
            assertTrue(cer < 0.03, "character error rate of page " + n + " is " + cer + ":\n" + text);
        }
    }
}
