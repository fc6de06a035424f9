package io.pageflow.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;


import io.pageflow.client.model.JobView;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Storage that cannot be written: the export stage's writes fail (a plain file stands where the results
 * folder should be). Retries with backoff must show in the trail; the job completes once storage is back,
 * or fails with a clear error once its deliveries are exhausted.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StorageFaultIT {

    static final TestApi api = new TestApi();
    static final Path RESULTS = ReliabilityIT.STORAGE.resolve("results");
    static final Path HELD = ReliabilityIT.STORAGE.resolve("results-held-by-test");

    @BeforeEach
    void breakStorage() throws IOException {
        Files.createDirectories(RESULTS);
        Files.move(RESULTS, HELD);
        Files.writeString(RESULTS, "not a folder");
    }

    @AfterEach
    void repairStorage() throws IOException {
        if (Files.isRegularFile(RESULTS)) {
            Files.delete(RESULTS);
        }
        if (Files.isDirectory(HELD)) {
            Files.move(HELD, RESULTS);
        }
    }

    /** Leaves storage healthy for the next tests: its circuit breaker must have closed again. */
    @AfterAll
    static void storageWorksAgain() {
        JobView job = api.awaitEnd(submit(), Duration.ofMinutes(1));
        assertEquals("completed", job.getStatus(), job::toString);
    }

    @Test
    void retriesWhileStorageIsDownAndCompletesAfterRecovery() throws IOException {
        long id = submit();
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (api.countEvents(id, "retry.scheduled", 0) < 2 && System.nanoTime() < deadline) {
            PageflowClient.sleep(200);
        }
        assertTrue(api.countEvents(id, "retry.scheduled", 0) >= 2, "retries recorded: " + api.events(id));
        // Storage errors, or the open circuit breaker that protects storage after many of them.
        assertTrue(api.events(id).stream()
                .filter(e -> e.getType().equals("retry.scheduled"))
                .allMatch(e -> List.of("STORAGE_UNAVAILABLE", "CIRCUIT_OPEN").contains(e.getErrorCode())),
                () -> "retry causes: " + api.events(id));
        repairStorage();

        JobView job = api.awaitEnd(id, Duration.ofMinutes(2));
        assertEquals("completed", job.getStatus(), job::toString);
        assertTrue(TestApi.bytes(TestApi.call(() -> api.jobs.getResult(id, "xml", null))).length > 0, "the XML export is there");
    }

    @Test
    void givesUpWithAClearErrorWhenStorageStaysDown() {
        long id = submit();
        JobView job = api.awaitEnd(id, Duration.ofMinutes(2));
        assertEquals("failed", job.getStatus(), job::toString);
        assertEquals("DELIVERY_EXHAUSTED", job.getErrorCode());
        assertTrue(job.getErrorMessage().contains("export"), job.getErrorMessage());
        assertEquals(1, api.countEvents(id, "dead-letter", 0));
        assertTrue(api.countEvents(id, "retry.scheduled", 0) >= 4, "every delivery was a retry");
    }

    private static long submit() {
        byte[] pdf = TestDocuments.bornDigitalPdf(List.of(TestDocuments.lines(71, 5)));
        return api.submitAccepted(List.of(new PageflowClient.FilePart("f.pdf", "application/pdf", pdf)), Map.of())
                .getId();
    }
}
