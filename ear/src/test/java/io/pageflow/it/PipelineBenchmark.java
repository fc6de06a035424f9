package io.pageflow.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/**
 * Prints the pipeline's speed on this machine; asserts only that the work completed. Run with
 * {@code mvn -B verify -Pbenchmark} (see docs/benchmarks.md).
 */
class PipelineBenchmark {

    static final PageflowClient client = new PageflowClient();

    @Test
    void measure() {
        warmUp();
        List<Double> pickUps = pickUpLatencies(30);
        double bornDigital = bornDigitalPagesPerSecond(100);
        double[] scanned = scannedSecondsPerPage(8);
        System.out.printf("%n== Pageflow pipeline benchmark (%d cores, PAGEFLOW_WORKERS as configured) ==%n",
                Runtime.getRuntime().availableProcessors());
        System.out.printf("pick-up latency POST -> processing start, %d jobs: p50 %.0f ms, p99 %.0f ms%n",
                pickUps.size(), percentile(pickUps, 50), percentile(pickUps, 99));
        System.out.printf("born-digital PDF, 100 pages: %.1f pages/s (start to completed, incl. index and export)%n",
                bornDigital);
        System.out.printf("scanned A4 pages at 300 DPI, 8 pages: %.2f s per page (OCR worker time), %.2f pages/s overall%n%n",
                scanned[0], scanned[1]);
    }

    private static void warmUp() {
        JsonObject job = client.submitAccepted(List.of(pdf(TestDocuments.bornDigitalPdf(List.of(TestDocuments.lines(1, 5))))),
                Map.of());
        client.awaitEnd(id(job), Duration.ofMinutes(2));
    }

    /** Sequential one-page jobs: the time from the job's creation to a worker starting it. */
    private static List<Double> pickUpLatencies(int jobs) {
        List<Double> latencies = new ArrayList<>();
        for (int i = 0; i < jobs; i++) {
            JsonObject done = client.awaitEnd(id(client.submitAccepted(
                    List.of(pdf(TestDocuments.bornDigitalPdf(List.of(TestDocuments.lines(100 + i, 5))))), Map.of())),
                    Duration.ofMinutes(2));
            assertEquals("completed", done.getString("status"));
            latencies.add(millisBetween(done.getString("createdAt"), done.getString("startedAt")));
        }
        return latencies;
    }

    private static double bornDigitalPagesPerSecond(int pages) {
        List<List<String>> content = IntStream.range(0, pages).mapToObj(n -> TestDocuments.lines(5000 + n, 30)).toList();
        JsonObject done = client.awaitEnd(id(client.submitAccepted(List.of(pdf(TestDocuments.bornDigitalPdf(content))),
                Map.of())), Duration.ofMinutes(10));
        assertEquals("completed", done.getString("status"));
        return pages / (millisBetween(done.getString("startedAt"), done.getString("completedAt")) / 1000);
    }

    /** Returns {mean OCR seconds per page, pages per second of the whole job}. */
    private static double[] scannedSecondsPerPage(int pages) {
        List<java.awt.image.BufferedImage> images = IntStream.range(0, pages)
                .mapToObj(n -> TestDocuments.scannedPage(TestDocuments.lines(9000 + n, 30))).toList();
        JsonObject done = client.awaitEnd(id(client.submitAccepted(List.of(pdf(TestDocuments.scannedPdf(images))),
                Map.of())), Duration.ofMinutes(10));
        assertEquals("completed", done.getString("status"));
        JsonArray pageList = client.pages(id(done));
        double workerSeconds = pageList.stream().mapToLong(p -> p.asJsonObject().getJsonNumber("durationMs").longValue())
                .average().orElseThrow() / 1000;
        double overall = pages / (millisBetween(done.getString("startedAt"), done.getString("completedAt")) / 1000);
        return new double[] {workerSeconds, overall};
    }

    private static PageflowClient.FilePart pdf(byte[] content) {
        return new PageflowClient.FilePart("bench.pdf", "application/pdf", content);
    }

    private static long id(JsonObject job) {
        return job.getJsonNumber("id").longValue();
    }

    private static double millisBetween(String from, String to) {
        return Duration.between(OffsetDateTime.parse(from), OffsetDateTime.parse(to)).toNanos() / 1e6;
    }

    private static double percentile(List<Double> values, int percentile) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }
}
