package io.pageflow.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.stream.Stream;

import io.pageflow.client.model.JobView;
import io.pageflow.client.model.PageView;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Replaces a page with a one-page PDF of 1 GiB (a page drawing a 32768 × 32766 grey image, with a line of
 * text) on a node with WildFly's stock 512 MB heap: the upload is spooled and stored as a stream, the page PDF is
 * checked and read from files, and the image is decoded subsampled. The page must complete and the log must
 * have no OutOfMemoryError. Replaces the page three times; prints the times of each run, their median and the
 * server's peak heap (sampled with jcmd; it counts garbage not yet collected). Run with -Pbenchmark.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PageReplaceBenchmark {

    /** Everything but the image's bytes (a few hundred) and the multipart framing fit in the last 64 KiB. */
    static final long LIMIT = 1L << 30;
    static final int IMAGE_WIDTH = 32768;
    static final int IMAGE_HEIGHT = (int) ((LIMIT - 64 * 1024) / IMAGE_WIDTH);
    static final String TEXT = "Replaced page drawing a one gigabyte image";
    static final int RUNS = 3;

    @Test
    void oneGibibytePageReplacementOnA512MegabyteHeap() throws Exception {
        Path body = multipartPdf();
        SecondServer node = new SecondServer(2);
        node.start();
        try {
            TestApi api = new TestApi(SecondServer.URL);
            JobView original = api.submitAccepted(List.of(new PageflowClient.FilePart("original.pdf", "application/pdf",
                    TestDocuments.bornDigitalPdf(List.of(TestDocuments.lines(801, 4), TestDocuments.lines(802, 4))))), Map.of());
            JobView done = api.awaitEnd(original.getId(), Duration.ofMinutes(3));
            assertEquals("completed", done.getStatus(), done::toString);
            long documentId = done.getDocumentId();

            List<String> runs = new ArrayList<>();
            double[] totals = new double[RUNS];
            for (int run = 0; run < RUNS; run++) {
                AtomicLong peakKb = new AtomicLong();
                Thread sampler = new Thread(() -> sampleHeap(node.javaPid(), peakKb));
                sampler.setDaemon(true);
                sampler.start();
                long started = System.nanoTime();
                // the pre-built multipart file is streamed as it is, so that every run sends the same bytes
                HttpResponse<String> response = HttpClient.newHttpClient().send(
                        PageflowClient.asAdmin(HttpRequest.newBuilder(URI.create(SecondServer.URL + "/api/documents/" + documentId + "/pages/1")))
                                .header("Content-Type", "multipart/form-data; boundary=bench")
                                .PUT(HttpRequest.BodyPublishers.ofFile(body)).build(),
                        HttpResponse.BodyHandlers.ofString());
                double uploadSeconds = (System.nanoTime() - started) / 1e9;
                assertTrue(response.statusCode() == 200 || response.statusCode() == 202, response.statusCode() + " " + response.body());
                long jobId = PageflowClient.json(response.body()).asJsonObject().getJsonNumber("id").longValue();
                JobView ended = api.awaitEnd(jobId, Duration.ofMinutes(15));
                totals[run] = (System.nanoTime() - started) / 1e9;
                sampler.interrupt();

                assertEquals("completed", ended.getStatus(), ended::toString);
                PageView page = api.pages(jobId).get(0);
                assertEquals("completed", page.getStatus(), page::toString);
                assertEquals(TEXT, api.text(documentId, 1));
                runs.add(String.format("run %d: %d MiB PUT in %.1f s (%.0f MB/s), page completed %.1f s after the start;"
                        + " server heap peak %d MB of 512 MB", run + 1, Files.size(body) >> 20, uploadSeconds,
                        Files.size(body) / 1e6 / uploadSeconds, totals[run], peakKb.get() / 1024));
            }
            assertNoOutOfMemoryError(node);
            Arrays.sort(totals);
            System.out.printf("%n== page replacement benchmark ==%n%s%nmedian: page completed %.1f s after the start%n%n",
                    String.join("\n", runs), totals[RUNS / 2]);
        } finally {
            node.stop();
            Files.deleteIfExists(body);
        }
    }

    private static void assertNoOutOfMemoryError(SecondServer node) throws IOException {
        Path log = Path.of(System.getProperty("pageflow.work.dir"), "second-server", "log", "server.log");
        assertTrue(Files.isRegularFile(log), "no log at " + log);
        try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
            assertFalse(lines.anyMatch(l -> l.contains("OutOfMemoryError")), "OutOfMemoryError in " + log);
        }
    }

    private static void sampleHeap(long pid, AtomicLong peakKb) {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Process jcmd = new ProcessBuilder("jcmd", Long.toString(pid), "GC.heap_info").start();
                Matcher used = UploadBenchmark.HEAP_USED.matcher(new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
                if (used.find()) {
                    peakKb.accumulateAndGet(Long.parseLong(used.group(1)), Math::max);
                }
                Thread.sleep(200);
            } catch (IOException | InterruptedException e) {
                return;
            }
        }
    }

    /**
     * The multipart body, with a one-page PDF written by hand: catalog, pages, page, an uncompressed 8-bit grey
     * image of {@value #IMAGE_WIDTH} × {@link #IMAGE_HEIGHT} white pixels, a font and the content stream.
     */
    private static Path multipartPdf() throws IOException {
        Path file = Files.createTempFile("pageflow-page-", ".bin");
        try (OutputStream raw = Files.newOutputStream(file); CountingOutput out = new CountingOutput(new BufferedOutputStream(raw, 1 << 20))) {
            out.ascii("--bench\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big-page.pdf\"\r\n"
                    + "Content-Type: application/pdf\r\n\r\n");
            long pdfStart = out.count;
            List<Long> offsets = new ArrayList<>();
            out.ascii("%PDF-1.4\n");
            offsets.add(out.count - pdfStart);
            out.ascii("1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");
            offsets.add(out.count - pdfStart);
            out.ascii("2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n");
            offsets.add(out.count - pdfStart);
            out.ascii("3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /Im1 4 0 R >>"
                    + " /Font << /F1 5 0 R >> >> /Contents 6 0 R >>\nendobj\n");
            offsets.add(out.count - pdfStart);
            long imageBytes = (long) IMAGE_WIDTH * IMAGE_HEIGHT;
            out.ascii("4 0 obj\n<< /Type /XObject /Subtype /Image /Width " + IMAGE_WIDTH + " /Height " + IMAGE_HEIGHT
                    + " /ColorSpace /DeviceGray /BitsPerComponent 8 /Length " + imageBytes + " >>\nstream\n");
            byte[] white = new byte[1 << 20];
            Arrays.fill(white, (byte) 0xFF);
            for (long left = imageBytes; left > 0; left -= white.length) {
                out.write(white, 0, (int) Math.min(white.length, left));
            }
            out.ascii("\nendstream\nendobj\n");
            offsets.add(out.count - pdfStart);
            out.ascii("5 0 obj\n<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>\nendobj\n");
            offsets.add(out.count - pdfStart);
            String content = "q 612 0 0 792 0 0 cm /Im1 Do Q BT /F1 20 Tf 72 700 Td (" + TEXT + ") Tj ET";
            out.ascii("6 0 obj\n<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream\nendobj\n");
            long xref = out.count - pdfStart;
            StringBuilder table = new StringBuilder("xref\n0 7\n0000000000 65535 f \n");
            for (long offset : offsets) {
                table.append(String.format("%010d 00000 n \n", offset));
            }
            table.append("trailer\n<< /Size 7 /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
            out.ascii(table.toString());
            out.ascii("\r\n--bench--\r\n");
        }
        assertTrue(Files.size(file) <= LIMIT, "the request fits the 1 GiB upload limit: " + Files.size(file));
        return file;
    }

    /** Counts what it writes, for the PDF's cross-reference offsets. */
    private static final class CountingOutput extends java.io.FilterOutputStream {
        long count;

        CountingOutput(OutputStream out) {
            super(out);
        }

        void ascii(String text) throws IOException {
            write(text.getBytes(StandardCharsets.US_ASCII));
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }
    }
}
