package io.pageflow.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The tools Pageflow is compared with, each run two at a time (the machine's cores): the {@code tesseract} and
 * {@code pdftotext} commands, and Apache Tika server over HTTP. Every method returns the text of each page, in order.
 */
final class PeerTools {

    private PeerTools() {
    }

    /** Each scan through the {@code tesseract} command with one thread each, as Tesseract's own advice for batches. */
    static List<String> tesseract(List<ScannedPages.Scan> scans) {
        return twoAtATime(scans, scan -> command(List.of("tesseract", scan.png().toString(), "stdout", "-l", "eng",
                "--dpi", Integer.toString(scan.dpi()))));
    }

    /** Each PDF through {@code pdftotext}; each of its pages ends with a form feed. */
    static List<List<String>> pdftotext(List<Path> pdfs) {
        return twoAtATime(pdfs, pdf -> {
            List<String> pages = List.of(command(List.of("pdftotext", "-q", "-enc", "UTF-8", pdf.toString(), "-"))
                    .split("\f", -1));
            return pages.subList(0, pages.size() - 1);
        });
    }

    /** Each PDF through Tika server's {@code PUT /tika} as XHTML, one {@code div class="page"} a page. */
    static List<List<String>> tika(List<Path> pdfs, String ocrStrategy) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        return twoAtATime(pdfs, pdf -> {
            try {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(TikaServer.URL + "/tika"))
                        .header("Content-Type", "application/pdf")
                        .header("Accept", "text/html")
                        .header("X-Tika-PDFOcrStrategy", ocrStrategy)
                        .header("X-Tika-OCRLanguage", "eng")
                        .timeout(Duration.ofMinutes(20))
                        .PUT(HttpRequest.BodyPublishers.ofFile(pdf)).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (answer.statusCode() != 200) {
                    throw new IllegalStateException("Tika answered " + answer.statusCode() + " for " + pdf);
                }
                // everything from one page's start to the next one's is that page's
                String[] pages = answer.body().split("<div class=\"page\">", -1);
                return java.util.Arrays.stream(pages).skip(1).map(PeerTools::textOf).toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
    }

    /** CPU time of this JVM's children that have ended (the commands above), from /proc/self/stat. */
    static Duration endedChildrenCpu() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields[0] is field 3 (state); cutime and cstime are fields 16 and 17, in clock ticks of 1/100 s
            long ticks = Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
            return Duration.ofMillis(ticks * 10);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String textOf(String xhtml) {
        return xhtml.replaceAll("<(p|br|div|h\\d|li|tr)[^>]*>", "\n").replaceAll("<[^>]+>", "")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    private static String command(List<String> command) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
            builder.environment().put("OMP_THREAD_LIMIT", "1");
            Process process = builder.start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException(command + " exited with " + process.exitValue());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code work} over the inputs, two at a time, results in the inputs' order. */
    static <T, R> List<R> twoAtATime(List<T> inputs, java.util.function.Function<T, R> work) {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<R>> results = inputs.stream().map(input -> pool.submit(() -> work.apply(input))).toList();
            List<R> out = new ArrayList<>();
            for (Future<R> result : results) {
                out.add(result.get());
            }
            return out;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }
}
