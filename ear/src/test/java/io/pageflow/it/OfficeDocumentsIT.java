package io.pageflow.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.pageflow.client.model.BatchSummary;
import io.pageflow.client.model.JobView;
import io.pageflow.client.model.PageView;

/**
 * Office documents, HTML and plain text, told by their content, converted to PDF by the real LibreOffice and
 * read as any PDF; and a conversion that stalls, stopped at its deadline with every process it started. The
 * server's converter is {@code src/test/office/soffice-or-stall} (ear/pom.xml): LibreOffice itself, unless the
 * document asks it to stall.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OfficeDocumentsIT {

    static final TestApi api = new TestApi();
    /** Conversions wait for each other (one at a time per node) and for the stalled one (45 s in the tests). */
    static final Duration CONVERTED = Duration.ofMinutes(3);

    @Test
    void docxIsConvertedAndItsSentencesAreInThePageTexts() throws Exception {
        String first = "The orchard ships forty crates of apples every Tuesday " + run() + ".";
        String second = "Each crate is weighed twice before it leaves the valley.";
        byte[] docx = OfficeFiles.docx(first, second);
        JobView job = convert("orchard.docx", docx);
        String text = text(job);
        assertTrue(text.contains(first) && text.contains(second), text);
        assertStoredBeside(job, "docx", docx);
    }

    @Test
    void xlsxIsConvertedAndItsCellsAreInThePageTexts() throws Exception {
        String first = "Warehouse counts seventy barrels of cider " + run();
        String second = "Cellar keeps twelve casks of perry";
        byte[] xlsx = OfficeFiles.xlsx(first, second);
        JobView job = convert("stock.xlsx", xlsx);
        String text = text(job);
        assertTrue(text.contains(first) && text.contains(second), text);
        assertStoredBeside(job, "xlsx", xlsx);
    }

    @Test
    void odtIsConvertedAndItsSentencesAreInThePageTexts() throws Exception {
        String sentence = "The lighthouse keeper logs nine ships before dawn " + run() + ".";
        byte[] odt = OfficeFiles.odt(sentence);
        JobView job = convert("log.odt", odt);
        assertTrue(text(job).contains(sentence), text(job));
        assertStoredBeside(job, "odt", odt);
    }

    @Test
    void plainTextIsADocumentWhateverItsNameAndHtmlToo() {
        String sentence = "Minutes of the naïve café committee, budget 10 € " + run() + ".";
        JobView text = convert("notes.pdf", sentence.getBytes(StandardCharsets.UTF_8));
        assertTrue(text(text).contains(sentence), "a text file named .pdf is text: " + text(text));

        String heading = "Harbour timetable " + run();
        JobView html = convert("timetable.html", ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>"
                + "<h1>" + heading + "</h1><p>Ferries leave on the hour.</p></body></html>").getBytes(StandardCharsets.UTF_8));
        assertTrue(text(html).contains(heading) && text(html).contains("Ferries leave on the hour."), text(html));
    }

    @Test
    void aStalledConversionFailsWithConversionTimeoutAndLeavesNoProcessBehind() throws IOException {
        Path pids = Path.of(System.getenv("PAGEFLOW_TEST_STALL_PIDS"));
        long before = Files.exists(pids) ? Files.size(pids) : 0;
        JobView job = api.submitAccepted(List.of(new PageflowClient.FilePart("stall.txt", "text/plain",
                ("PAGEFLOW-TEST-STALL " + run()).getBytes(StandardCharsets.UTF_8))), Map.of());
        JobView failed = api.awaitEnd(job.getId(), CONVERTED);
        assertEquals("failed", failed.getStatus(), failed::toString);
        assertEquals("CONVERSION_TIMEOUT", failed.getErrorCode(), failed::toString);
        assertTrue(failed.getErrorMessage().contains("PAGEFLOW_OFFICE_TIMEOUT_SECONDS"), failed.getErrorMessage());

        byte[] written = Files.readAllBytes(pids);
        List<Long> started = Stream.of(new String(written, (int) before, written.length - (int) before,
                StandardCharsets.US_ASCII).trim().split("\\s+")).map(Long::valueOf).toList();
        assertEquals(3, started.size(), "the stand-in, its child and its grandchild: " + started);
        for (long pid : started) {
            assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false),
                    "process " + pid + " of the stalled conversion is still running");
        }
    }

    @Test
    void officeDocumentsInABatchBecomeJobsAndAnOfficeDocumentIsNoBatch() throws IOException {
        String sentence = "The ferry carries thirty bicycles on Sundays " + run() + ".";
        byte[] docx = OfficeFiles.docx(sentence);
        byte[] archive = ZipBatchIT.zip(Map.of("letters/ferry.docx", docx));
        BatchSummary batch = TestApi.call(() -> api.batches.createBatch(TestApi.file(new PageflowClient.FilePart(
                "office.zip", "application/zip", archive)), null));
        Long jobId = batch.getEntries().get(0).getJobId();
        assertTrue(jobId != null, batch::toString);
        JobView job = api.awaitEnd(jobId, CONVERTED);
        assertEquals("completed", job.getStatus(), job::toString);
        assertTrue(text(job).contains(sentence), text(job));

        var problem = api.refused(415, "NOT_AN_ARCHIVE", () -> api.batches.createBatch(TestApi.file(
                new PageflowClient.FilePart("ferry.zip", "application/zip", docx)), null));
        assertTrue(problem.getDetail().contains("POST /api/jobs"), problem.getDetail());
    }

    private static JobView convert(String fileName, byte[] content) {
        JobView job = api.submitAccepted(List.of(new PageflowClient.FilePart(fileName, "application/octet-stream",
                content)), Map.of("title", fileName));
        JobView done = api.awaitEnd(job.getId(), CONVERTED);
        assertEquals("completed", done.getStatus(), done::toString);
        System.out.println(fileName + ": uploaded to completed in "
                + Duration.between(done.getCreatedAt(), done.getCompletedAt()).toMillis() + " ms");
        return done;
    }

    /** The text of every page, read from their text layer: the conversion made a born-digital PDF. */
    private static String text(JobView job) {
        List<PageView> pages = api.pages(job.getId());
        assertFalse(pages.isEmpty());
        pages.forEach(page -> assertEquals("text-layer", page.getTextSource(), page::toString));
        return pages.stream().map(page -> api.text(job.getDocumentId(), page.getNumber()))
                .collect(Collectors.joining("\n")).replaceAll("\\s+", " ");
    }

    /** The original is kept as uploaded; the PDF is a derived object beside it, named by the original's SHA-256. */
    private static void assertStoredBeside(JobView job, String extension, byte[] original) throws Exception {
        Path document = ReliabilityIT.STORAGE.resolve("documents/" + job.getDocumentId());
        assertArrayEquals(original, Files.readAllBytes(document.resolve("original/file-0001." + extension)), "original kept");
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(original));
        byte[] pdf = Files.readAllBytes(document.resolve("derived/" + sha256 + ".pdf"));
        assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII));
    }

    private static String run() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
