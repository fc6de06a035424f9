package io.pageflow.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Deleting a document removes its rows, objects and index entries; the sweeper removes orphaned objects. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DocumentDeletionIT {

    static final PageflowClient client = new PageflowClient();

    @Test
    void deleteRemovesRowsObjectsAndSearchEntries() throws Exception {
        // Enough pages that the job is still running when the first DELETE arrives.
        List<List<String>> pages = new java.util.ArrayList<>(List.of(TestDocuments.lines(801, 10), TestDocuments.lines(802, 10)));
        for (int n = 0; n < 30; n++) {
            pages.add(TestDocuments.lines(810 + n, 30));
        }
        byte[] pdf = TestDocuments.bornDigitalPdf(pages);
        JsonObject queued = client.submitAccepted(List.of(new PageflowClient.FilePart("d.pdf", "application/pdf", pdf)), Map.of());
        long id = queued.getJsonNumber("id").longValue();
        long document = queued.getJsonNumber("documentId").longValue();
        assertEquals(409, delete(document).statusCode(), "not while it is processed");
        assertEquals("completed", client.awaitEnd(id, Duration.ofMinutes(2)).getString("status"));
        Path folder = ReliabilityIT.STORAGE.resolve("documents/" + document);
        assertTrue(Files.isDirectory(folder));
        assertFalse(client.search(TestDocuments.lines(801, 10).get(2), 3, document).isEmpty());

        assertEquals(204, delete(document).statusCode());
        assertEquals(404, client.get("/api/jobs/" + id).statusCode());
        assertTrue(client.search(TestDocuments.lines(801, 10).get(2), 3, document).isEmpty(), "no index entries left");
        try (var left = Files.walk(folder)) {
            assertEquals(0, left.filter(Files::isRegularFile).count(), "no objects left");
        }
        assertFalse(Files.exists(ReliabilityIT.STORAGE.resolve("results/" + id + ".json")));
        assertEquals(404, delete(document).statusCode());
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
        var swept = client.post("/api/admin/sweep");
        assertEquals(200, swept.statusCode(), swept::body);
        assertTrue(PageflowClient.json(swept.body()).asJsonObject().getInt("deleted") >= 1);
        assertFalse(Files.exists(old), "an orphan past the grace period is removed");
        assertTrue(Files.exists(young), "a recent object is kept: its upload may still be in flight");
        Files.delete(young);
    }

    private static HttpResponse<String> delete(long document) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(PageflowClient.BASE + "/api/documents/" + document))
                .DELETE().build(), HttpResponse.BodyHandlers.ofString());
    }
}
