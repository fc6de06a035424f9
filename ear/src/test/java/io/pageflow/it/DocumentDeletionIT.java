package io.pageflow.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.pageflow.client.ApiException;
import io.pageflow.client.ApiResponse;
import io.pageflow.client.model.JobView;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Deleting a document removes its rows, objects and index entries; the sweeper removes orphaned objects. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DocumentDeletionIT {

    static final TestApi api = new TestApi();

    @Test
    void deleteRemovesRowsObjectsAndSearchEntries() throws Exception {
        // Enough pages that the job is still running when the first DELETE arrives.
        List<List<String>> pages = new java.util.ArrayList<>(List.of(TestDocuments.lines(801, 10), TestDocuments.lines(802, 10)));
        for (int n = 0; n < 30; n++) {
            pages.add(TestDocuments.lines(810 + n, 30));
        }
        byte[] pdf = TestDocuments.bornDigitalPdf(pages);
        JobView queued = api.submitAccepted(List.of(new PageflowClient.FilePart("d.pdf", "application/pdf", pdf)), Map.of());
        long id = queued.getId();
        long document = queued.getDocumentId();
        api.refused(409, "DOCUMENT_BUSY", () -> delete(document)); // not while it is processed
        assertEquals("completed", api.awaitEnd(id, Duration.ofMinutes(2)).getStatus());
        Path folder = ReliabilityIT.STORAGE.resolve("documents/" + document);
        assertTrue(Files.isDirectory(folder));
        assertFalse(api.search(TestDocuments.lines(801, 10).get(2), 3, document).isEmpty());

        assertEquals(204, TestApi.call(() -> delete(document)).getStatusCode());
        api.refused(404, "NOT_FOUND", () -> api.jobs.getJob(id));
        assertTrue(api.search(TestDocuments.lines(801, 10).get(2), 3, document).isEmpty(), "no index entries left");
        try (var left = Files.walk(folder)) {
            assertEquals(0, left.filter(Files::isRegularFile).count(), "no objects left");
        }
        assertFalse(Files.exists(ReliabilityIT.STORAGE.resolve("results/" + id + ".json")));
        api.refused(404, "NOT_FOUND", () -> delete(document));
    }

    @Test
    void sweeperRemovesOldOrphansAndKeepsYoungOnes() throws Exception {
        Path old = ReliabilityIT.STORAGE.resolve("documents/987654321/original/file-0001.pdf");
        Path young = ReliabilityIT.STORAGE.resolve("documents/987654322/original/file-0001.pdf");
        for (Path orphan : List.of(old, young)) {
            Files.createDirectories(orphan.getParent());
            Files.write(orphan, new byte[] {1, 2, 3});
        }
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofDays(3))));
        assertTrue(TestApi.call(() -> api.operations.sweepOrphans()).getDeleted() >= 1);
        assertFalse(Files.exists(old), "an orphan past the grace period is removed");
        assertTrue(Files.exists(young), "a recent object is kept: its upload may still be in flight");
        Files.delete(young);
    }

    private static ApiResponse<Void> delete(long document) throws ApiException {
        return api.documents.deleteDocumentWithHttpInfo(document);
    }
}
