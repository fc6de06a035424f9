package io.pageflow.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Prints upload throughput for a 1 GB file and the server's peak heap while it arrives, on a node with the
 * stock 512 MB heap: the upload must stream to storage, never sit in memory. Run with -Pbenchmark.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UploadBenchmark {

    static final long SIZE = 1_000_000_000L;
    static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");

    @Test
    void oneGigabyteUploadOnA512MegabyteHeap() throws Exception {
        Path body = multipartFile();
        SecondServer node = new SecondServer(2);
        node.start();
        try {
            long serverPid = node.javaPid();
            AtomicLong peakKb = new AtomicLong();
            Thread sampler = new Thread(() -> sampleHeap(serverPid, peakKb));
            sampler.setDaemon(true);
            sampler.start();
            long started = System.nanoTime();
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    PageflowClient.asAdmin(HttpRequest.newBuilder(URI.create(SecondServer.URL + "/api/jobs")))
                            .header("Content-Type", "multipart/form-data; boundary=bench")
                            .POST(HttpRequest.BodyPublishers.ofFile(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            double seconds = (System.nanoTime() - started) / 1e9;
            sampler.interrupt();
            assertEquals(202, response.statusCode(), response::body);
            System.out.printf("%n== upload benchmark: %d MB in %.1f s = %.0f MB/s; server heap peak %d MB of 512 MB ==%n%n",
                    SIZE / 1_000_000, seconds, SIZE / 1e6 / seconds, peakKb.get() / 1024);
        } finally {
            node.stop();
            Files.deleteIfExists(body);
        }
    }

    private static void sampleHeap(long pid, AtomicLong peakKb) {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Process jcmd = new ProcessBuilder("jcmd", Long.toString(pid), "GC.heap_info").start();
                Matcher used = HEAP_USED.matcher(new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
                if (used.find()) {
                    peakKb.accumulateAndGet(Long.parseLong(used.group(1)), Math::max);
                }
                Thread.sleep(200);
            } catch (IOException e) {
                return;
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** A multipart body with one "PDF" of random bytes, written to disk: the client streams it too. */
    private static Path multipartFile() throws IOException {
        Path file = Files.createTempFile("pageflow-upload-", ".bin");
        byte[] chunk = new byte[1 << 20];
        new Random(1).nextBytes(chunk);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("--bench\r\nContent-Disposition: form-data; name=\"onDuplicate\"\r\n\r\nstore\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(("--bench\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\"\r\n"
                    + "Content-Type: application/pdf\r\n\r\n%PDF-1.4\n").getBytes(StandardCharsets.US_ASCII));
            for (long written = 0; written < SIZE; written += chunk.length) {
                out.write(chunk, 0, (int) Math.min(chunk.length, SIZE - written));
            }
            out.write("\r\n--bench--\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        return file;
    }
}
