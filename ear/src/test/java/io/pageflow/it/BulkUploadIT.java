package io.pageflow.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
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

/** A whole book of page images in one request: stored at once, processed in the background, in order. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BulkUploadIT {

    static final PageflowClient client = new PageflowClient();
    static final String[] WORDS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};

    @Test
    void threeHundredImagesBecomeThreeHundredPagesInTheOrderGiven() {
        List<PageflowClient.FilePart> files = new ArrayList<>();
        for (int n = 1; n <= 300; n++) {
            files.add(new PageflowClient.FilePart("scan-" + n + ".png", "image/png", TestDocuments.png(label(n))));
        }
        long started = System.nanoTime();
        JsonObject queued = client.submitAccepted(files, Map.of("title", "A book of 300 pages"));
        long uploadMillis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("300-image upload answered in %d ms%n", uploadMillis);

        JsonObject job = client.awaitEnd(queued.getJsonNumber("id").longValue(), Duration.ofMinutes(10));
        assertEquals("completed", job.getString("status"), job::toString);
        assertEquals(300, job.getInt("pagesDone"));
        JsonArray pages = client.pages(job.getJsonNumber("id").longValue());
        long document = job.getJsonNumber("documentId").longValue();
        for (int n = 1; n <= 300; n += 37) {
            assertEquals(n, pages.getJsonObject(n - 1).getInt("number"));
            String text = client.get("/api/documents/" + document + "/pages/" + n + "/text").body().toLowerCase();
            assertTrue(text.contains(spelled(n)), "page " + n + " holds the image uploaded " + n + "th: " + text);
        }
    }

    /** A small scan that says which page it is, in words (OCR reads words more surely than digits). */
    private static BufferedImage label(int n) {
        BufferedImage image = new BufferedImage(900, 160, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 40));
        g.drawString("Page " + spelled(n), 40, 100);
        g.dispose();
        return image;
    }

    private static String spelled(int n) {
        StringBuilder words = new StringBuilder();
        for (char digit : Integer.toString(n).toCharArray()) {
            if (words.length() > 0) {
                words.append(' ');
            }
            words.append(WORDS[digit - '0']);
        }
        return words.toString();
    }
}
