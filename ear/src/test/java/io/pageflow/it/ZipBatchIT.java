package io.pageflow.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** ZIP batches: one job per document in the archive, every other entry accounted for, bombs refused. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ZipBatchIT {

    static final PageflowClient client = new PageflowClient();

    @Test
    void mixedArchiveGivesOneJobPerDocumentAndASummaryThatLosesNothing() throws Exception {
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        entries.put("reports/", new byte[0]);
        entries.put("reports/q3.pdf", TestDocuments.bornDigitalPdf(List.of(TestDocuments.lines(601, 5), TestDocuments.lines(602, 5))));
        entries.put("scans/page.png", TestDocuments.png(TestDocuments.scannedPage(TestDocuments.lines(603, 3))));
        entries.put("notes.txt", "minutes of the meeting".getBytes(StandardCharsets.UTF_8));
        entries.put(".hidden.pdf", TestDocuments.bornDigitalPdf(List.of(TestDocuments.lines(604, 2))));
        entries.put("__MACOSX/._q3.pdf", new byte[] {0, 5, 22, 7});
        entries.put("../escape.pdf", TestDocuments.bornDigitalPdf(List.of(TestDocuments.lines(605, 2))));
        entries.put("inner.zip", zip(Map.of("a.pdf", TestDocuments.bornDigitalPdf(List.of(TestDocuments.lines(606, 2))))));
        entries.put("empty.pdf", new byte[0]);

        JsonObject batch = upload(zip(entries));
        assertEquals(6, batch.getInt("fileCount"), batch::toString);
        Map<String, JsonObject> byName = new HashMap<>();
        batch.getJsonArray("entries").forEach(e -> byName.put(e.asJsonObject().getString("name"), e.asJsonObject()));
        assertEquals("UNSUPPORTED_TYPE", byName.get("notes.txt").getString("errorCode"));
        assertEquals("UNSAFE_PATH", byName.get("../escape.pdf").getString("errorCode"));
        assertEquals("NESTED_ARCHIVE", byName.get("inner.zip").getString("errorCode"));
        assertEquals("EMPTY_FILE", byName.get("empty.pdf").getString("errorCode"));
        assertFalse(byName.containsKey(".hidden.pdf"));
        assertFalse(byName.containsKey("__MACOSX/._q3.pdf"));
        assertFalse(Files.exists(ReliabilityIT.STORAGE.resolveSibling("escape.pdf")), "nothing written outside storage");

        long q3 = byName.get("reports/q3.pdf").getJsonNumber("jobId").longValue();
        long page = byName.get("scans/page.png").getJsonNumber("jobId").longValue();
        assertEquals("completed", client.awaitEnd(q3, Duration.ofMinutes(2)).getString("status"));
        assertEquals("completed", client.awaitEnd(page, Duration.ofMinutes(2)).getString("status"));
        assertEquals(2, client.job(q3).getInt("pagesDone"));

        JsonObject summary = client.getJson("/api/batches/" + batch.getJsonNumber("id")).asJsonObject();
        assertEquals(2, summary.getInt("succeeded"), summary::toString);
        assertEquals(4, summary.getInt("failed"));
        assertEquals(0, summary.getInt("running"));
    }

    @Test
    void zipBombIsStoppedBeforeItUnpacks() throws Exception {
        byte[] zeros = new byte[64 * 1024 * 1024];
        JsonObject batch = upload(zip(Map.of("bomb.pdf", zeros)));
        assertEquals("ZIP_BOMB", batch.getString("errorCode"), batch::toString);
        assertEquals(0, batch.getInt("succeeded") + batch.getInt("running"));
        assertTrue(batch.getString("errorMessage").contains("compressed size"));
    }

    /**
     * A truncated archive (the upload cut off in the middle of its second entry) is refused whole: 422
     * ARCHIVE_CORRUPT, and the entry before the damage is not taken either (docs/ingestion.md).
     */
    @Test
    void truncatedArchiveIsRefusedWholeWithArchiveCorrupt() throws Exception {
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        entries.put("first.pdf", TestDocuments.bornDigitalPdf(List.of(TestDocuments.lines(611, 5))));
        entries.put("second.png", TestDocuments.png(TestDocuments.scannedPage(TestDocuments.lines(612, 3))));
        byte[] whole = zip(entries);
        byte[] truncated = java.util.Arrays.copyOf(whole, whole.length - whole.length / 4);
        long newestJob = newestJobId();

        HttpResponse<String> response = client.multipart("POST", "/api/batches",
                List.of(new PageflowClient.FilePart("cut.zip", "application/zip", truncated)), Map.of(), Map.of());
        assertEquals(422, response.statusCode(), response::body);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonObject problem = PageflowClient.json(response.body()).asJsonObject();
        assertEquals("ARCHIVE_CORRUPT", problem.getString("code"), problem::toString);
        assertEquals(newestJob, newestJobId(), "no job was made from the entry before the damage");
    }

    private static long newestJobId() {
        var jobs = client.getJson("/api/jobs?limit=1").asJsonArray();
        return jobs.isEmpty() ? 0 : jobs.getJsonObject(0).getJsonNumber("id").longValue();
    }

    private static JsonObject upload(byte[] zip) {
        HttpResponse<String> response = client.multipart("POST", "/api/batches",
                List.of(new PageflowClient.FilePart("batch.zip", "application/zip", zip)), Map.of(), Map.of());
        assertEquals(202, response.statusCode(), response::body);
        assertTrue(response.headers().firstValue("Location").orElse("").contains("/api/batches/"));
        return PageflowClient.json(response.body()).asJsonObject();
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
