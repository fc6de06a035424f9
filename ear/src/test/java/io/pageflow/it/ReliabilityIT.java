package io.pageflow.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;


import io.pageflow.client.model.JobView;
import io.pageflow.client.model.PageView;
import io.pageflow.client.model.SearchHit;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Page failures and what a user does about them: policies, retry, resume, restart, cancel, idempotency. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReliabilityIT {

    static final TestApi api = new TestApi();
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
    static void repairSource(JobView job, int n, byte[] image) throws IOException {
        Path original = STORAGE.resolve(String.format("documents/%d/original/file-%04d.png",
                job.getDocumentId(), n));
        assertTrue(Files.isRegularFile(original), "stored original " + original);
        Files.write(original, image);
    }

    @Test
    void withContinueAFailedPageIsListedAndRetryingItAfterTheFixCompletesIt() throws IOException {
        JobView queued = api.submitAccepted(pages(goodPage(1), goodPage(2), corruptPage(3)), Map.of());
        long id = id(queued);
        JobView job = api.awaitEnd(id, Duration.ofMinutes(2));
        assertEquals("completed", job.getStatus(), job::toString);
        assertEquals(2, job.getPagesDone());
        assertEquals(1, job.getPagesFailed());
        PageView page3 = api.pages(id).get(2);
        assertEquals("failed", page3.getStatus());
        assertEquals("IMAGE_UNREADABLE", page3.getErrorCode());
        assertEquals(1, api.countEvents(id, "page.failed", 3));

        api.refused(409, "JOB_COMPLETED", () -> api.jobs.resumeJob(id)); // a completed job is not resumed
        repairSource(job, 3, goodPage(3));
        assertEquals(202, TestApi.call(() -> api.jobs.retryPageWithHttpInfo(id, 3)).getStatusCode());
        JobView retried = api.awaitEnd(id, Duration.ofMinutes(2));
        assertEquals("completed", retried.getStatus(), retried::toString);
        assertEquals(3, retried.getPagesDone());
        assertEquals(0, retried.getPagesFailed());
        String text = api.text(job.getDocumentId(), 3);
        assertTrue(TextMetrics.characterErrorRate(String.join("\n", TestDocuments.lines(3, 4)), text) < 0.05, text);
        String export = api.result(id, "json");
        assertTrue(export.contains(TestDocuments.lines(3, 4).get(0).substring(0, 20)), "export shows the retried page");
    }

    @Test
    void withStopTheJobFailsAtTheBadPageAndResumesFromIt() throws IOException {
        JobView queued = api.submitAccepted(
                pages(goodPage(11), goodPage(12), corruptPage(13), goodPage(14), goodPage(15), goodPage(16)),
                Map.of("onPageError", "stop"));
        long id = id(queued);
        assertEquals("stop", queued.getOnPageError());
        JobView failed = api.awaitEnd(id, Duration.ofMinutes(2));
        assertEquals("failed", failed.getStatus(), failed::toString);
        assertEquals("IMAGE_UNREADABLE", failed.getErrorCode());
        assertTrue(failed.getErrorMessage().startsWith("Page 3"), failed.getErrorMessage());
        awaitNoPageProcessing(id);
        List<PageView> before = api.pages(id);
        assertTrue(before.stream().anyMatch(p -> p.getStatus().equals("pending")),
                "later pages stay pending: " + before);

        repairSource(failed, 3, goodPage(13));
        assertEquals(202, TestApi.call(() -> api.jobs.resumeJobWithHttpInfo(id)).getStatusCode());
        JobView done = api.awaitEnd(id, Duration.ofMinutes(2));
        assertEquals("completed", done.getStatus(), done::toString);
        assertEquals(6, done.getPagesDone());
        List<PageView> after = api.pages(id);
        for (int i = 0; i < 6; i++) {
            PageView was = before.get(i);
            if (was.getStatus().equals("completed")) {
                assertEquals(was.getCompletedAt(), after.get(i).getCompletedAt(),
                        "page " + (i + 1) + " was completed before the resume and is not redone");
                assertEquals(1, api.countEvents(id, "page.completed", i + 1));
            }
        }
        assertEquals(1, api.countEvents(id, "job.resumed", 0));
    }

    @Test
    void cancelStopsHandingOutPagesAndResumeFinishesTheJob() {
        byte[][] images = new byte[8][];
        for (int i = 0; i < images.length; i++) {
            images[i] = goodPage(20 + i);
        }
        long id = id(api.submitAccepted(pages(images), Map.of()));
        assertEquals(202, TestApi.call(() -> api.jobs.cancelJobWithHttpInfo(id)).getStatusCode());
        JobView cancelled = api.job(id);
        assertEquals("cancelled", cancelled.getStatus());
        assertTrue(cancelled.getCancelledAt() != null);
        api.refused(409, "JOB_CANCELLED", () -> api.jobs.cancelJob(id));
        MessageQueues.awaitDrained(Duration.ofMinutes(1)); // every message for its pages has been consumed
        assertEquals("cancelled", api.job(id).getStatus(), "nothing revives a cancelled job");
        assertEquals(1, api.countEvents(id, "job.cancelled", 0));

        TestApi.call(() -> api.jobs.resumeJob(id));
        JobView done = api.awaitEnd(id, Duration.ofMinutes(3));
        assertEquals("completed", done.getStatus(), done::toString);
        assertEquals(8, done.getPagesDone());
    }

    @Test
    void restartRunsEverythingAgainWithoutDuplicates() {
        byte[] pdf = TestDocuments.bornDigitalPdf(List.of(TestDocuments.lines(41, 30), TestDocuments.lines(42, 30),
                TestDocuments.lines(43, 30)));
        long id = id(api.submitAccepted(List.of(new PageflowClient.FilePart("r.pdf", "application/pdf", pdf)), Map.of()));
        assertEquals("completed", api.awaitEnd(id, Duration.ofMinutes(2)).getStatus());
        int chunksBefore = chunkCount(id);

        assertEquals(202, TestApi.call(() -> api.jobs.restartJobWithHttpInfo(id)).getStatusCode());
        JobView again = api.awaitEnd(id, Duration.ofMinutes(2));
        assertEquals("completed", again.getStatus(), again::toString);
        assertEquals(chunksBefore, chunkCount(id), "the same chunks, not twice as many");
        assertEquals(2, api.countEvents(id, "page.completed", 1));
        List<SearchHit> hits = api.search(TestDocuments.lines(42, 30).get(3), 50, again.getDocumentId());
        assertEquals(hits.size(), hits.stream().map(h -> h.getChunkId())
                .distinct().count(), "no chunk appears twice in search");
    }

    @Test
    void sameIdempotencyKeyGivesTheSameJob() {
        String key = UUID.randomUUID().toString();
        byte[] pdf = TestDocuments.bornDigitalPdf(List.of(TestDocuments.lines(51, 5)));
        var files = List.of(new PageflowClient.FilePart("i.pdf", "application/pdf", pdf));
        var first = TestApi.call(() -> api.submit(files, Map.of(), key));
        var second = TestApi.call(() -> api.submit(files, Map.of(), key));
        assertEquals(202, first.getStatusCode());
        assertEquals(200, second.getStatusCode());
        assertEquals(List.of("true"), second.getHeaders().get("Idempotent-Replayed"));
        assertEquals(first.getData().getId(), second.getData().getId());
    }

    @Test
    void duplicateMessagesChangeNothing() {
        byte[] pdf = TestDocuments.bornDigitalPdf(List.of(TestDocuments.lines(61, 20), TestDocuments.lines(62, 20)));
        long id = id(api.submitAccepted(List.of(new PageflowClient.FilePart("d.pdf", "application/pdf", pdf)), Map.of()));
        JobView done = api.awaitEnd(id, Duration.ofMinutes(2));
        int chunks = chunkCount(id);
        OffsetDateTime completedAt = done.getCompletedAt();
        int eventsBefore = api.events(id).size();
        for (String stage : List.of("split", "page", "index", "export")) {
            for (int twice = 0; twice < 2; twice++) {
                TestApi.call(() -> {
                    api.operations.requeueStage(id, stage, 1);
                    return null;
                });
            }
        }
        MessageQueues.awaitDrained(Duration.ofMinutes(1)); // each duplicate has been consumed
        JobView after = api.job(id);
        assertEquals("completed", after.getStatus());
        assertEquals(completedAt, after.getCompletedAt());
        assertEquals(chunks, chunkCount(id));
        assertEquals(1, api.countEvents(id, "page.started", 1), "page 1 was not processed again");
        assertEquals(eventsBefore, api.events(id).size(), "nothing happened to the job: " + api.events(id));
    }

    private static void awaitNoPageProcessing(long id) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (api.pages(id).stream().anyMatch(p -> p.getStatus().equals("processing"))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("job " + id + " still has pages processing after 20 s: " + api.pages(id));
            }
            PageflowClient.sleep(200);
        }
    }

    private static int chunkCount(long jobId) {
        return PageflowClient.json(api.result(jobId, "json")).asJsonObject().getJsonArray("chunks").size();
    }

    private static long id(JobView job) {
        return job.getId();
    }
}
