package io.pageflow.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;


import io.pageflow.client.model.JobView;
import io.pageflow.client.model.PageView;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Prints the pipeline's speed on this machine; asserts only that the work completed. Run with
 * {@code mvn -B verify -Pbenchmark} (see docs/benchmarks/README.md).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PipelineBenchmark {

    static final TestApi api = new TestApi();

    @Test
    void measure() throws Exception {
        warmUp();
        List<Double> pickUps = pickUpLatencies(30);
        double bornDigital = bornDigitalPagesPerSecond(100);
        double[] scanned = scannedSecondsPerPage(8);
        StringBuilder consumers = new StringBuilder();
        for (int workers : new int[] {1, 2, 4}) {
            consumers.append(String.format("  %d consumer(s): %.2f scanned pages/s, %.1f born-digital pages/s%n", workers,
                    onNodeWithWorkers(workers, 12, true), onNodeWithWorkers(workers, 60, false)));
        }
        System.out.printf("%n== Pageflow pipeline benchmark (%d cores, PAGEFLOW_WORKERS as configured) ==%n",
                Runtime.getRuntime().availableProcessors());
        System.out.printf("pick-up latency POST -> processing start, %d jobs: p50 %.0f ms, p99 %.0f ms%n",
                pickUps.size(), percentile(pickUps, 50), percentile(pickUps, 99));
        System.out.printf("born-digital PDF, 100 pages: %.1f pages/s (start to completed, incl. index and export)%n",
                bornDigital);
        System.out.printf("scanned A4 pages at 300 DPI, 8 pages: %.2f s per page (OCR worker time), %.2f pages/s overall%n",
                scanned[0], scanned[1]);
        System.out.printf("page stage throughput by consumers per node (PAGEFLOW_WORKERS):%n%s%n", consumers);
    }

    private static void warmUp() {
        JobView job = api.submitAccepted(List.of(pdf(TestDocuments.bornDigitalPdf(List.of(TestDocuments.lines(1, 5))))),
                Map.of());
        api.awaitEnd(id(job), Duration.ofMinutes(2));
    }

    /** Sequential one-page jobs: the time from the job's creation to a worker starting it. */
    private static List<Double> pickUpLatencies(int jobs) {
        List<Double> latencies = new ArrayList<>();
        for (int i = 0; i < jobs; i++) {
            JobView done = api.awaitEnd(id(api.submitAccepted(
                    List.of(pdf(TestDocuments.bornDigitalPdf(List.of(TestDocuments.lines(100 + i, 5))))), Map.of())),
                    Duration.ofMinutes(2));
            assertEquals("completed", done.getStatus());
            latencies.add(millisBetween(done.getCreatedAt(), done.getStartedAt()));
        }
        return latencies;
    }

    private static double bornDigitalPagesPerSecond(int pages) {
        List<List<String>> content = IntStream.range(0, pages).mapToObj(n -> TestDocuments.lines(5000 + n, 30)).toList();
        JobView done = api.awaitEnd(id(api.submitAccepted(List.of(pdf(TestDocuments.bornDigitalPdf(content))),
                Map.of())), Duration.ofMinutes(10));
        assertEquals("completed", done.getStatus());
        return pages / (millisBetween(done.getStartedAt(), done.getCompletedAt()) / 1000);
    }

    /** Returns {mean OCR seconds per page, pages per second of the whole job}. */
    private static double[] scannedSecondsPerPage(int pages) {
        List<java.awt.image.BufferedImage> images = IntStream.range(0, pages)
                .mapToObj(n -> TestDocuments.scannedPage(TestDocuments.lines(9000 + n, 30))).toList();
        JobView done = api.awaitEnd(id(api.submitAccepted(List.of(pdf(TestDocuments.scannedPdf(images))),
                Map.of())), Duration.ofMinutes(10));
        assertEquals("completed", done.getStatus());
        List<PageView> pageList = api.pages(id(done));
        double workerSeconds = pageList.stream().mapToLong(p -> p.getDurationMs())
                .average().orElseThrow() / 1000;
        double overall = pages / (millisBetween(done.getStartedAt(), done.getCompletedAt()) / 1000);
        return new double[] {workerSeconds, overall};
    }

    /** Pages per second of the page stage (first page started to last page completed) on a node with N consumers. */
    private static double onNodeWithWorkers(int workers, int pages, boolean scanned) throws Exception {
        SecondServer node = new SecondServer(workers);
        node.start();
        try {
            TestApi nodeClient = new TestApi(SecondServer.URL);
            byte[] pdf = scanned
                    ? TestDocuments.scannedPdf(IntStream.range(0, pages)
                            .mapToObj(n -> TestDocuments.scannedPage(TestDocuments.lines(7000 + n, 20))).toList())
                    : TestDocuments.bornDigitalPdf(IntStream.range(0, pages).mapToObj(n -> TestDocuments.lines(7500 + n, 30)).toList());
            JobView done = nodeClient.awaitEnd(id(nodeClient.submitAccepted(List.of(pdf(pdf)), Map.of())),
                    Duration.ofMinutes(10));
            assertEquals("completed", done.getStatus());
            List<PageView> pageList = nodeClient.pages(id(done));
            OffsetDateTime first = pageList.stream().map(p -> p.getStartedAt())
                    .min(OffsetDateTime::compareTo).orElseThrow();
            OffsetDateTime last = pageList.stream().map(p -> p.getCompletedAt())
                    .max(OffsetDateTime::compareTo).orElseThrow();
            return pages / (Duration.between(first, last).toNanos() / 1e9);
        } finally {
            node.stop();
        }
    }

    private static PageflowClient.FilePart pdf(byte[] content) {
        return new PageflowClient.FilePart("bench.pdf", "application/pdf", content);
    }

    private static long id(JobView job) {
        return job.getId();
    }

    private static double millisBetween(OffsetDateTime from, OffsetDateTime to) {
        return Duration.between(from, to).toNanos() / 1e6;
    }

    private static double percentile(List<Double> values, int percentile) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }
}
