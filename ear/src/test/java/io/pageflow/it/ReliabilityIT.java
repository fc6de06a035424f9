package io.pageflow.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Page failures and what a user does about them: policies, retry, resume, restart, cancel, idempotency. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReliabilityIT {

    static final PageflowClient client = new PageflowClient();
    static final Path STORAGE = Path.of(System.getProperty("pageflow.storage.dir", "target/it-storage"));

    static byte[] goodPage(int seed) {
        return TestDocuments.png(TestDocuments.scannedPage(TestDocuments.lines(seed, 4)));
    }

    /** A PNG whose header is fine (it passes the upload check) but whose pixel data is cut short. */
    static byte[] corruptPage(int seed) {
        byte[] png = goodPage(seed);
        return Arrays.copyOf(png, png.length / 2);
    }

    static List<PageflowClient.FilePart> pages(byte[]... images) {
        List<PageflowClient.FilePart> files = new ArrayList<>();
        for (int i = 0; i < images.length; i++) {
            files.add(new PageflowClient.FilePart("page-" + (i + 1) + ".png", "image/png", images[i]));
        }
        return files;
    }

    /** Puts a good image where the upload stored page {@code n}, as an operator fixing the source would. */
    static void repairSource(JsonObject job, int n, byte[] image) throws IOException {
        Path original = STORAGE.resolve(String.format("documents/%d/original/file-%04d.png",
                job.getJsonNumber("documentId").longValue(), n));
        assertTrue(Files.isRegularFile(original), "stored original " + original);
        Files.write(original, image);
    }

    @Test
    void withContinueAFailedPageIsListedAndRetryingItAfterTheFixCompletesIt() throws IOException {
        JsonObject queued = client.submitAccepted(pages(goodPage(1), goodPage(2), corruptPage(3)), Map.of());
        long id = id(queued);
        JsonObject job = client.awaitEnd(id, Duration.ofMinutes(2));
        assertEquals("completed", job.getString("status"), job::toString);
        assertEquals(2, job.getInt("pagesDone"));
        assertEquals(1, job.getInt("pagesFailed"));
        JsonObject page3 = client.pages(id).getJsonObject(2);
        assertEquals("failed", page3.getString("status"));
        assertEquals("IMAGE_UNREADABLE", page3.getString("errorCode"));
        assertEquals(1, client.countEvents(id, "page.failed", 3));

        assertEquals(409, client.post("/api/jobs/" + id + "/resume").statusCode(), "a completed job is not resumed");
        repairSource(job, 3, goodPage(3));
        var retry = client.post("/api/jobs/" + id + "/pages/3/retry");
        assertEquals(200, retry.statusCode(), retry::body);
        JsonObject retried = client.awaitEnd(id, Duration.ofMinutes(2));
        assertEquals("completed", retried.getString("status"), retried::toString);
        assertEquals(3, retried.getInt("pagesDone"));
        assertEquals(0, retried.getInt("pagesFailed"));
        String text = client.get("/api/documents/" + job.getJsonNumber("documentId") + "/pages/3/text").body();
        assertTrue(TextMetrics.characterErrorRate(String.join("\n", TestDocuments.lines(3, 4)), text) < 0.05, text);
        String export = client.get("/api/jobs/" + id + "/result?format=json").body();
        assertTrue(export.contains(TestDocuments.lines(3, 4).get(0).substring(0, 20)), "export shows the retried page");
    }

    @Test
    void withStopTheJobFailsAtTheBadPageAndResumesFromIt() throws IOException {
        JsonObject queued = client.submitAccepted(
                pages(goodPage(11), goodPage(12), corruptPage(13), goodPage(14), goodPage(15), goodPage(16)),
                Map.of("onPageError", "stop"));
        long id = id(queued);
        assertEquals("stop", queued.getString("onPageError"));
        JsonObject failed = client.awaitEnd(id, Duration.ofMinutes(2));
        assertEquals("failed", failed.getString("status"), failed::toString);
        assertEquals("IMAGE_UNREADABLE", failed.getString("errorCode"));
        assertTrue(failed.getString("errorMessage").startsWith("Page 3"), failed.getString("errorMessage"));
        awaitNoPageProcessing(id);
        JsonArray before = client.pages(id);
        assertTrue(before.stream().anyMatch(p -> p.asJsonObject().getString("status").equals("pending")),
                "later pages stay pending: " + before);

        repairSource(failed, 3, goodPage(13));
        var resume = client.post("/api/jobs/" + id + "/resume");
        assertEquals(200, resume.statusCode(), resume::body);
        JsonObject done = client.awaitEnd(id, Duration.ofMinutes(2));
        assertEquals("completed", done.getString("status"), done::toString);
        assertEquals(6, done.getInt("pagesDone"));
        JsonArray after = client.pages(id);
        for (int i = 0; i < 6; i++) {
            JsonObject was = before.getJsonObject(i);
            if (was.getString("status").equals("completed")) {
                assertEquals(was.getString("completedAt"), after.getJsonObject(i).getString("completedAt"),
                        "page " + (i + 1) + " was completed before the resume and is not redone");
                assertEquals(1, client.countEvents(id, "page.completed", i + 1));
            }
        }
        assertEquals(1, client.countEvents(id, "job.resumed", 0));
    }

    @Test
    void cancelStopsHandingOutPagesAndResumeFinishesTheJob() {
        byte[][] images = new byte[8][];
        for (int i = 0; i < images.length; i++) {
            images[i] = goodPage(20 + i);
        }
        long id = id(client.submitAccepted(pages(images), Map.of()));
        var cancel = client.post("/api/jobs/" + id + "/cancel");
        assertEquals(200, cancel.statusCode(), cancel::body);
        JsonObject cancelled = client.job(id);
        assertEquals("cancelled", cancelled.getString("status"));
        assertTrue(!cancelled.isNull("cancelledAt"));
        assertEquals(409, client.post("/api/jobs/" + id + "/cancel").statusCode());
        MessageQueues.awaitDrained(Duration.ofMinutes(1)); // every message for its pages has been consumed
        assertEquals("cancelled", client.job(id).getString("status"), "nothing revives a cancelled job");
        assertEquals(1, client.countEvents(id, "job.cancelled", 0));

        assertEquals(200, client.post("/api/jobs/" + id + "/resume").statusCode());
        JsonObject done = client.awaitEnd(id, Duration.ofMinutes(3));
        assertEquals("completed", done.getString("status"), done::toString);
        assertEquals(8, done.getInt("pagesDone"));
    }

    @Test
    void restartRunsEverythingAgainWithoutDuplicates() {
        byte[] pdf = TestDocuments.bornDigitalPdf(List.of(TestDocuments.lines(41, 30), TestDocuments.lines(42, 30),
                TestDocuments.lines(43, 30)));
        long id = id(client.submitAccepted(List.of(new PageflowClient.FilePart("r.pdf", "application/pdf", pdf)), Map.of()));
        assertEquals("completed", client.awaitEnd(id, Duration.ofMinutes(2)).getString("status"));
        int chunksBefore = chunkCount(id);

        assertEquals(200, client.post("/api/jobs/" + id + "/restart").statusCode());
        JsonObject again = client.awaitEnd(id, Duration.ofMinutes(2));
        assertEquals("completed", again.getString("status"), again::toString);
        assertEquals(chunksBefore, chunkCount(id), "the same chunks, not twice as many");
        assertEquals(2, client.countEvents(id, "page.completed", 1));
        JsonArray hits = client.search(TestDocuments.lines(42, 30).get(3), 50, again.getJsonNumber("documentId").longValue());
        assertEquals(hits.size(), hits.stream().map(h -> h.asJsonObject().getJsonNumber("chunkId").longValue())
                .distinct().count(), "no chunk appears twice in search");
    }

    @Test
    void sameIdempotencyKeyGivesTheSameJob() {
        String key = UUID.randomUUID().toString();
        byte[] pdf = TestDocuments.bornDigitalPdf(List.of(TestDocuments.lines(51, 5)));
        var files = List.of(new PageflowClient.FilePart("i.pdf", "application/pdf", pdf));
        var first = client.submit(files, Map.of(), Map.of("Idempotency-Key", key));
        var second = client.submit(files, Map.of(), Map.of("Idempotency-Key", key));
        assertEquals(202, first.statusCode(), first::body);
        assertEquals(200, second.statusCode(), second::body);
        assertEquals("true", second.headers().firstValue("Idempotent-Replayed").orElse(""));
        assertEquals(id(PageflowClient.json(first.body()).asJsonObject()), id(PageflowClient.json(second.body()).asJsonObject()));
    }

    @Test
    void duplicateMessagesChangeNothing() {
        byte[] pdf = TestDocuments.bornDigitalPdf(List.of(TestDocuments.lines(61, 20), TestDocuments.lines(62, 20)));
        long id = id(client.submitAccepted(List.of(new PageflowClient.FilePart("d.pdf", "application/pdf", pdf)), Map.of()));
        JsonObject done = client.awaitEnd(id, Duration.ofMinutes(2));
        int chunks = chunkCount(id);
        String completedAt = done.getString("completedAt");
        int eventsBefore = client.events(id).size();
        for (String stage : List.of("split", "page", "index", "export")) {
            for (int twice = 0; twice < 2; twice++) {
                assertEquals(202, client.post("/api/admin/requeue?jobId=" + id + "&stage=" + stage + "&page=1").statusCode());
            }
        }
        MessageQueues.awaitDrained(Duration.ofMinutes(1)); // each duplicate has been consumed
        JsonObject after = client.job(id);
        assertEquals("completed", after.getString("status"));
        assertEquals(completedAt, after.getString("completedAt"));
        assertEquals(chunks, chunkCount(id));
        assertEquals(1, client.countEvents(id, "page.started", 1), "page 1 was not processed again");
        assertEquals(eventsBefore, client.events(id).size(), "nothing happened to the job: " + client.events(id));
    }

    private static void awaitNoPageProcessing(long id) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (client.pages(id).stream().anyMatch(p -> p.asJsonObject().getString("status").equals("processing"))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("job " + id + " still has pages processing after 20 s: " + client.pages(id));
            }
            PageflowClient.sleep(200);
        }
    }

    private static int chunkCount(long jobId) {
        return PageflowClient.json(client.get("/api/jobs/" + jobId + "/result?format=json").body()).asJsonObject()
                .getJsonArray("chunks").size();
    }

    private static long id(JsonObject job) {
        return job.getJsonNumber("id").longValue();
    }
}
