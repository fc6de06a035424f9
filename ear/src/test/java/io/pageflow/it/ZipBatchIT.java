package io.pageflow.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import io.pageflow.client.model.BatchSummary;
import io.pageflow.client.model.Entry;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** ZIP batches: one job per document in the archive, every other entry accounted for, bombs refused. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ZipBatchIT {

    static final TestApi api = new TestApi();

    @Test
    void mixedArchiveGivesOneJobPerDocumentAndASummaryThatLosesNothing() throws Exception {
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        entries.put("reports/", new byte[0]);
        entries.put("reports/q3.pdf", TestDocuments.bornDigitalPdf(List.of(TestDocuments.lines(601, 5), TestDocuments.lines(602, 5))));
        entries.put("scans/page.png", TestDocuments.png(TestDocuments.scannedPage(TestDocuments.lines(603, 3))));
        // plain text is a document now (converted like an office file); a MIDI tune is none
        entries.put("tune.mid", new byte[] {'M', 'T', 'h', 'd', 0, 0, 0, 6, 0, 1, 0, 1, 0, 96});
        entries.put(".hidden.pdf", TestDocuments.bornDigitalPdf(List.of(TestDocuments.lines(604, 2))));
        entries.put("__MACOSX/._q3.pdf", new byte[] {0, 5, 22, 7});
        entries.put("../escape.pdf", TestDocuments.bornDigitalPdf(List.of(TestDocuments.lines(605, 2))));
        entries.put("inner.zip", zip(Map.of("a.pdf", TestDocuments.bornDigitalPdf(List.of(TestDocuments.lines(606, 2))))));
        entries.put("empty.pdf", new byte[0]);

        BatchSummary batch = upload(zip(entries));
        assertEquals(6, batch.getFileCount(), batch::toString);
        Map<String, Entry> byName = new HashMap<>();
        batch.getEntries().forEach(e -> byName.put(e.getName(), e));
        assertEquals("UNSUPPORTED_TYPE", byName.get("tune.mid").getErrorCode());
        assertEquals("UNSAFE_PATH", byName.get("../escape.pdf").getErrorCode());
        assertEquals("NESTED_ARCHIVE", byName.get("inner.zip").getErrorCode());
        assertEquals("EMPTY_FILE", byName.get("empty.pdf").getErrorCode());
        assertFalse(byName.containsKey(".hidden.pdf"));
        assertFalse(byName.containsKey("__MACOSX/._q3.pdf"));
        assertFalse(Files.exists(ReliabilityIT.STORAGE.resolveSibling("escape.pdf")), "nothing written outside storage");

        long q3 = byName.get("reports/q3.pdf").getJobId();
        long page = byName.get("scans/page.png").getJobId();
        assertEquals("completed", api.awaitEnd(q3, Duration.ofMinutes(2)).getStatus());
        assertEquals("completed", api.awaitEnd(page, Duration.ofMinutes(2)).getStatus());
        assertEquals(2, api.job(q3).getPagesDone());

        BatchSummary summary = api.batches.getBatch(batch.getId());
        assertEquals(2, summary.getSucceeded(), summary::toString);
        assertEquals(4, summary.getFailed());
        assertEquals(0, summary.getRunning());
    }

    @Test
    void zipBombIsStoppedBeforeItUnpacks() throws Exception {
        byte[] zeros = new byte[64 * 1024 * 1024];
        BatchSummary batch = upload(zip(Map.of("bomb.pdf", zeros)));
        assertEquals("ZIP_BOMB", batch.getErrorCode(), batch::toString);
        assertEquals(0, batch.getSucceeded() + batch.getRunning());
        assertTrue(batch.getErrorMessage().contains("compressed size"));
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

        api.refused(422, "ARCHIVE_CORRUPT", () -> api.batches.createBatch(
                TestApi.file(new PageflowClient.FilePart("cut.zip", "application/zip", truncated)), null));
        assertEquals(newestJob, newestJobId(), "no job was made from the entry before the damage");
    }

    private static long newestJobId() {
        var jobs = TestApi.call(() -> api.jobs.listJobs(1, 0, null));
        return jobs.isEmpty() ? 0 : jobs.get(0).getId();
    }

    private static BatchSummary upload(byte[] zip) {
        var response = TestApi.call(() -> api.batches.createBatchWithHttpInfo(
                TestApi.file(new PageflowClient.FilePart("batch.zip", "application/zip", zip)), null));
        assertEquals(202, response.getStatusCode());
        assertTrue(TestApi.location(response).contains("/api/batches/" + response.getData().getId()));
        return response.getData();
    }

    static byte[] zip(Map<String, byte[]> entries) throws IOException {
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
