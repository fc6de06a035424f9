package io.pageflow.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.pageflow.client.model.EventView;
import io.pageflow.client.model.JobView;
import io.pageflow.client.model.PageView;

/**
 * A rolling upgrade's hand-over with a broker per node, over JMX on both nodes: the main node is drained while
 * a scanned job runs on it, {@code requeue(jobId)} on the second node (same database and storage, its own broker)
 * sends it the unfinished pages, and it finishes the job. When the main node resumes, the page messages its
 * broker still held are consumed and change nothing: the database says those pages are done.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DrainHandoverIT {

    static final int PAGES = 10;
    static final String SECOND_NODE = SecondServer.NODE_NAME + "/";   // how the trail names the second node
    static final TestApi api = new TestApi();
    static final SecondServer second = new SecondServer();
    static PipelineJmx main;
    static PipelineJmx other;

    @BeforeAll
    static void startSecondNode() throws Exception {
        second.start();
        main = PipelineJmx.connect(Integer.getInteger("it.management.port"));
        other = PipelineJmx.connect(SecondServer.MANAGEMENT_PORT);
    }

    @AfterAll
    static void stopSecondNode() throws Exception {
        try {
            if (main != null) {
                main.close();
            }
            if (other != null) {
                other.close();
            }
        } finally {
            second.stop();
        }
    }

    @Test
    void aNodeDrainedMidJobHandsItsPagesToAnotherNodeAndItsStaleMessagesChangeNothing() {
        MessageQueues.awaitDrained(Duration.ofMinutes(2));
        long id = api.submitAccepted(scannedPages(), Map.of()).getId();
        awaitPagesCompleted(id, 2);
        Set<Integer> handedOver;
        try {
            assertEquals("drained", main.pipeline.drainNode(), "the pages in flight finished within the drain's wait");
            List<PageView> pages = api.pages(id);
            handedOver = numbers(pages, "pending");
            assertEquals(PAGES, numbers(pages, "completed").size() + handedOver.size(),
                    () -> "a drained node leaves pages done or waiting: " + pages);
            assertFalse(handedOver.isEmpty(), () -> "the job finished before the drain, nothing to hand over: " + pages);
            assertEquals(handedOver.size(), main.pipeline.getPageQueueDepth(),
                    "the waiting pages sit in the drained node's broker");

            assertEquals("job " + id + ": page messages sent for " + handedOver.size() + " unfinished page(s)",
                    other.pipeline.requeue(id));
            assertCompletedOnce(id, api.awaitEnd(id, Duration.ofMinutes(2)), handedOver);
            assertEquals(handedOver.size(), main.pipeline.getPageQueueDepth(), "the drained node took nothing meanwhile");
        } finally {
            main.pipeline.resumeNode();
        }
        MessageQueues.awaitDrained(Duration.ofMinutes(1));
        assertCompletedOnce(id, api.job(id), handedOver);
    }

    /** The job completed, nothing failed, and every page completed once: the handed-over ones on the second node. */
    private static void assertCompletedOnce(long id, JobView job, Set<Integer> handedOver) {
        assertEquals("completed", job.getStatus(), job::toString);
        assertEquals(PAGES, job.getPagesDone(), job::toString);
        assertEquals(0, job.getPagesFailed(), job::toString);
        List<EventView> events = api.events(id);
        assertEquals(0, events.stream().filter(e -> e.getType().equals("page.failed")).count(),
                () -> "no page failed: " + events);
        for (int page = 1; page <= PAGES; page++) {
            int number = page;
            List<EventView> completed = events.stream()
                    .filter(e -> e.getType().equals("page.completed") && Integer.valueOf(number).equals(e.getPageNumber()))
                    .toList();
            assertEquals(1, completed.size(), () -> "page " + number + " completed exactly once: " + completed);
            if (handedOver.contains(number)) {
                assertTrue(completed.get(0).getNode().startsWith(SECOND_NODE), () -> "page " + number
                        + " was finished by the other node: " + completed);
            } else {
                assertFalse(completed.get(0).getNode().startsWith(SECOND_NODE), () -> "page " + number
                        + " was done before the drain: " + completed);
            }
        }
    }

    private static List<PageflowClient.FilePart> scannedPages() {
        List<PageflowClient.FilePart> files = new ArrayList<>();
        for (int page = 1; page <= PAGES; page++) {
            files.add(new PageflowClient.FilePart("handover-" + page + ".png", "image/png",
                    TestDocuments.png(TestDocuments.scannedPage(TestDocuments.lines(300 + page, 10)))));
        }
        return files;
    }

    private static Set<Integer> numbers(List<PageView> pages, String status) {
        Set<Integer> numbers = new TreeSet<>();
        pages.stream().filter(p -> p.getStatus().equals(status)).forEach(p -> numbers.add(p.getNumber()));
        return numbers;
    }

    private static void awaitPagesCompleted(long id, int count) {
        TestApi.await(Duration.ofMinutes(1), 100, count + " completed pages of job " + id, () -> api.pages(id),
                pages -> pages.stream().filter(p -> p.getStatus().equals("completed")).count() >= count);
    }
}
