package io.pageflow.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * kill -9 of the node processing a 40-page scanned job, half-way: after a restart the job completes with
 * exactly 40 pages and one set of chunks, and no page that had completed is processed again.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CrashRecoveryIT {

    static final PageflowClient client = new PageflowClient();
    final SecondServer node = new SecondServer();

    @AfterEach
    void stopNode() throws InterruptedException {
        node.stop();
    }

    @Test
    void jobSurvivesAKilledNode() throws Exception {
        node.start();
        long id = submitToSecondNode(scannedPdf(40));

        JsonObject atKill = awaitPagesDone(id, 15);
        node.kill();
        Map<Integer, String> completedBeforeKill = new HashMap<>();
        for (var page : client.pages(id)) {
            JsonObject p = page.asJsonObject();
            if (p.getString("status").equals("completed")) {
                completedBeforeKill.put(p.getInt("number"), p.getString("completedAt"));
            }
        }
        assertTrue(completedBeforeKill.size() >= 15 && completedBeforeKill.size() < 40,
                "killed half-way: " + completedBeforeKill.size() + " pages done; job " + atKill);

        node.start();
        JsonObject job = client.awaitEnd(id, Duration.ofMinutes(4));
        assertEquals("completed", job.getString("status"), job::toString);
        assertEquals(40, job.getInt("pagesTotal"));
        assertEquals(40, job.getInt("pagesDone"));
        JsonArray pages = client.pages(id);
        assertEquals(40, pages.size());
        for (var page : pages) {
            JsonObject p = page.asJsonObject();
            int n = p.getInt("number");
            assertEquals(1, client.countEvents(id, "page.completed", n), "page " + n + " completed exactly once");
            if (completedBeforeKill.containsKey(n)) {
                assertEquals(completedBeforeKill.get(n), p.getString("completedAt"), "page " + n + " was not redone");
            }
        }
        JsonArray chunks = PageflowClient.json(client.get("/api/jobs/" + id + "/result?format=json").body())
                .asJsonObject().getJsonArray("chunks");
        List<Integer> seqs = new ArrayList<>();
        chunks.forEach(c -> seqs.add(c.asJsonObject().getInt("seq")));
        assertEquals(seqs.size(), seqs.stream().distinct().count(), "one set of chunks");
        for (int i = 0; i < seqs.size(); i++) {
            assertEquals(i, seqs.get(i), "chunks numbered without gaps or repeats");
        }
    }

    @Test
    void gracefulStopHandsWorkBackWithoutWaitingForLeases() throws Exception {
        node.start();
        long id = submitToSecondNode(scannedPdf(30));
        awaitPagesDone(id, 6);
        node.stop();
        assertTrue(client.job(id).getInt("pagesDone") < 30, "stopped before the end");
        long processing = client.pages(id).stream()
                .filter(p -> p.asJsonObject().getString("status").equals("processing")).count();
        assertEquals(0, processing, "no page is left leased by the stopped node");

        node.start();
        JsonObject job = client.awaitEnd(id, Duration.ofMinutes(4));
        assertEquals("completed", job.getString("status"), job::toString);
        assertEquals(0, client.countEvents(id, "lease.expired", 0), "nothing had to wait for a lease to expire");
    }

    private static JsonObject awaitPagesDone(long id, int pages) {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            JsonObject job = client.job(id);
            if (job.getInt("pagesDone") >= pages) {
                return job;
            }
            PageflowClient.sleep(100);
        }
        throw new AssertionError("job " + id + " never reached " + pages + " pages: " + client.job(id));
    }

    /** Small scanned pages (a few lines each), so that 40 of them take seconds. */
    private static byte[] scannedPdf(int pages) {
        List<BufferedImage> images = new ArrayList<>();
        for (int n = 0; n < pages; n++) {
            BufferedImage image = new BufferedImage(1100, 500, BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D g = image.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SERIF, Font.PLAIN, 30));
            int y = 80;
            for (String line : TestDocuments.lines(3000 + n, 3)) {
                g.drawString(line, 40, y);
                y += 60;
            }
            g.dispose();
            images.add(image);
        }
        return TestDocuments.scannedPdf(images);
    }

    private static long submitToSecondNode(byte[] pdf) {
        return new PageflowClient(SecondServer.URL)
                .submitAccepted(List.of(new PageflowClient.FilePart("crash.pdf", "application/pdf", pdf)), Map.of())
                .getJsonNumber("id").longValue();
    }
}
