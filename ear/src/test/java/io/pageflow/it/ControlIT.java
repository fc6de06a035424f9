package io.pageflow.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.management.MalformedObjectNameException;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.pageflow.client.ApiException;
import io.pageflow.client.model.JobView;
import io.pageflow.client.model.PageView;
import io.pageflow.control.PipelineMXBean;
import io.pageflow.it.suite.ManagementUser;

/**
 * The JMX control surface, reached as an operator's console reaches it: remotely, over the management port
 * ({@code service:jmx:remote+http}), logged in as the test server's management user.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ControlIT {

    static final TestApi api = new TestApi();
    static PipelineJmx jmx;
    static PipelineMXBean pipeline;

    @BeforeAll
    static void connect() throws IOException, MalformedObjectNameException {
        jmx = PipelineJmx.connect(Integer.getInteger("it.management.port"));
        pipeline = jmx.pipeline;
    }

    @AfterAll
    static void close() throws IOException {
        if (jmx != null) {
            jmx.close();
        }
    }

    @Test
    void jmxLogsInWithTheManagementUserAndRefusesAWrongPassword() throws IOException {
        JMXServiceURL url = PipelineJmx.url(Integer.getInteger("it.management.port"));
        Exception refused = assertThrows(Exception.class, () -> JMXConnectorFactory.connect(url,
                Map.of(JMXConnector.CREDENTIALS, new String[] {ManagementUser.NAME, "not-the-password"})).close());
        assertTrue(refused instanceof IOException || refused instanceof SecurityException, refused::toString);
        assertTrue(pipeline.getDeadLetters() >= 0, "the logged-in connection reads the MXBean");
    }

    @Test
    void pausedIntakeRefusesSubmissionsWith503AndRetryAfterAndResumedIntakeAcceptsThem() {
        List<PageflowClient.FilePart> files = List.of(new PageflowClient.FilePart("paused.pdf", "application/pdf",
                TestDocuments.bornDigitalPdf(List.of(TestDocuments.lines(91, 6)))));
        pipeline.pauseIntake();
        try {
            assertTrue(pipeline.isIntakePaused());
            ApiException refused = assertThrows(ApiException.class, () -> api.submit(files, Map.of()));
            assertEquals(503, refused.getCode(), refused::getResponseBody);
            assertEquals("60", refused.getResponseHeaders().firstValue("Retry-After").orElse(null), "Retry-After in seconds");
            assertEquals("INTAKE_PAUSED", api.problem(refused).getCode());
            java.io.File page = TestApi.file(files.get(0));
            api.refused(503, "INTAKE_PAUSED", () -> api.batches.createBatchWithHttpInfo(page, null));
            api.refused(503, "INTAKE_PAUSED", () -> api.documents.addPageWithHttpInfo(1L, page, null));
            api.refused(503, "INTAKE_PAUSED", () -> api.documents.replacePageWithHttpInfo(1L, 1, page));
            assertEquals(200, TestApi.call(() -> api.jobs.listJobsWithHttpInfo(1, 0, null)).getStatusCode(), "reads go on");
            api.refused(404, "NOT_FOUND", () -> api.jobs.cancelJobWithHttpInfo(Long.MAX_VALUE / 2));  // actions go on
        } finally {
            pipeline.resumeIntake();
        }
        assertFalse(pipeline.isIntakePaused());
        JobView job = api.submitAccepted(files, Map.of());
        assertEquals("completed", api.awaitEnd(job.getId(), Duration.ofMinutes(2)).getStatus());
        assertTrue(pipeline.requeue(job.getId()).contains("nothing sent"), "an ended job is not rung again");
        assertTrue(pipeline.getPageQueueDepth() >= 0, "the broker's count is read");
        assertTrue(pipeline.getDeadLetters() >= 0, "the broker's count is read");
        assertTrue(pipeline.getCompletedJobs() >= 0, "the database's count is read");
    }

    /**
     * Eight scanned pages, two workers: once the first pages run, the node is drained. What it had taken finishes,
     * nothing else starts (no consumer on the page queue, the other pages wait in it), and after resuming delivery
     * the job completes with every page processed once, even though a requeue sent the waiting pages twice.
     */
    @Test
    void aDrainedNodeFinishesWhatItTookTakesNothingNewAndResumes() {
        MessageQueues.awaitDrained(Duration.ofMinutes(2));
        List<PageflowClient.FilePart> files = new ArrayList<>();
        for (int page = 1; page <= 8; page++) {
            files.add(new PageflowClient.FilePart("scan-" + page + ".png", "image/png",
                    TestDocuments.png(TestDocuments.scannedPage(TestDocuments.lines(100 + page, 10)))));
        }
        long id = api.submitAccepted(files, Map.of()).getId();
        awaitPagesStarted(id);
        String drained;
        try {
            drained = pipeline.drainNode();
            assertEquals("drained", drained, "the pages in flight finished within the drain's wait");
            assertTrue(pipeline.isDrained());
            assertFalse(pipeline.isDeliveryActive());
            assertEquals(0, pipeline.getInFlightPages());
            List<PageView> pages = api.pages(id);
            assertTrue(pages.stream().noneMatch(p -> p.getStatus().equals("processing")), () -> "nothing runs: " + pages);
            long waiting = pages.stream().filter(p -> p.getStatus().equals("pending")).count();
            assertTrue(waiting > 0, () -> "the job finished before the drain, nothing to observe: " + pages);
            assertEquals(0, MessageQueues.attribute("pageflow.page", "consumer-count"), "no consumer takes pages");
            assertEquals(waiting, MessageQueues.attribute("pageflow.page", "message-count"), "the waiting pages are queued");
            assertEquals(waiting, pipeline.getPageQueueDepth());
            assertEquals("job " + id + ": page messages sent for " + waiting + " unfinished page(s)", pipeline.requeue(id));
            assertEquals(2 * waiting, MessageQueues.attribute("pageflow.page", "message-count"), "still nobody takes them");
            assertEquals(pages.stream().filter(p -> p.getStatus().equals("completed")).count(),
                    (long) api.job(id).getPagesDone(), "no page finished while drained");
        } finally {
            pipeline.resumeNode();
        }
        assertTrue(pipeline.isDeliveryActive());
        JobView ended = api.awaitEnd(id, Duration.ofMinutes(3));
        assertEquals("completed", ended.getStatus(), ended::toString);
        assertEquals(8, ended.getPagesDone());
        for (int page = 1; page <= 8; page++) {
            assertEquals(1, api.countEvents(id, "page.completed", page), "page " + page + " completed once");
        }
        MessageQueues.awaitDrained(Duration.ofMinutes(1));
    }

    private static void awaitPagesStarted(long id) {
        TestApi.await(Duration.ofMinutes(1), 100, "a page of job " + id + " to start", () -> api.pages(id),
                pages -> pages.stream().anyMatch(p -> !p.getStatus().equals("pending")));
    }
}
