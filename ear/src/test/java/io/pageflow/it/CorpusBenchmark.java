package io.pageflow.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.pageflow.client.model.JobView;
import io.pageflow.client.model.PageView;

/**
 * Pageflow against its peers on a public corpus (bench/README.md): born-digital manuals through Pageflow, Apache Tika
 * server (no OCR) and pdftotext; scanned pages made from them through Pageflow, the {@code tesseract} command and Tika
 * with OCR. Three runs, medians, one scorer; the report is written to docs/benchmarks/. Asserts only that the work
 * completed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CorpusBenchmark {

    static final TestApi api = new TestApi();
    /** Three runs of the whole corpus; fewer runs or documents only to try the benchmark itself. */
    static final int RUNS = Integer.getInteger("pageflow.bench.runs", 3);
    static final int SCANNED_PAGES = Integer.getInteger("pageflow.bench.scans", 24);
    /**
     * Unmeasured passes of the born-digital corpus through Pageflow and Tika server first, so that the runs measure
     * servers that have been running. With one, the split took two to three times the CPU for the same pages in the
     * first two measured runs than in the third on the 2-core machine (its compiler was still at work); with three,
     * the first run after the server's first scans still did, so the warm-up reads the scans once as well.
     */
    static final int WARM_UPS = Integer.getInteger("pageflow.bench.warmups", 3);
    /**
     * How many times each measured run sends the born-digital corpus, one copy after the other. One copy's text
     * stage lasts about a second on the 2-core machine: too short to tell throughput from what happens once a run (a
     * burst of the compiler, the last document read alone on one core), so the ratio to Tika moved between 0.7 and
     * 1.3 from one report to the next with the same code. More copies make a longer run of the same work for every
     * tool.
     */
    static final int COPIES = Integer.getInteger("pageflow.bench.copies", 1);

    /** One measured run of one tool on one piece of work, and the page texts it produced. */
    record Run(double seconds, double cpuSeconds, List<String> texts) {
    }

    @Test
    void compare() throws Exception {
        BenchCorpus corpus = BenchCorpus.load(Path.of(System.getProperty("pageflow.bench.corpus")),
                System.getProperty("pageflow.bench.documents", ""));
        assertTrue(corpus.pages() > 0, "an empty corpus");
        Path work = Path.of(System.getProperty("pageflow.work.dir"), "bench");
        ScannedPages scans = ScannedPages.make(corpus, work.resolve("scans"), SCANNED_PAGES);
        Path scanPdf = Files.write(work.resolve("scans.pdf"), scans.pdf());
        List<Path> pdfs = corpus.documents().stream().map(BenchCorpus.Document::pdf).toList();
        List<Path> copies = Collections.nCopies(COPIES, pdfs).stream().flatMap(List::stream).toList();

        BenchReport report = new BenchReport(corpus, scans);
        try (TikaServer tika = TikaServer.start()) {
            // the whole corpus through each server, unmeasured: no JVM is timed while its compiler is still at work
            for (int pass = 0; pass < WARM_UPS; pass++) {
                pageflow(pdfs);
                PeerTools.tika(pdfs, "no_ocr");
            }
            // and the scans once (see WARM_UPS)
            pageflow(List.of(scanPdf));
            PeerTools.tika(List.of(scanPdf), "ocr_only");
            for (int run = 1; run <= RUNS; run++) {
                PageflowRun born = pageflow(copies);
                report.add("born-digital", "Pageflow, text stage", born.textStage());
                report.add("born-digital", "Pageflow, whole pipeline", born.whole());
                report.add("born-digital", "Apache Tika server " + tikaVersion() + " (no OCR)",
                        timed(() -> flatten(PeerTools.tika(copies, "no_ocr")), tika::cpu));
                report.add("born-digital", "pdftotext (the reference's reader)",
                        timed(() -> flatten(PeerTools.pdftotext(copies)), PeerTools::endedChildrenCpu));

                PageflowRun scanned = pageflow(List.of(scanPdf));
                report.add("scanned", "Pageflow, text stage", scanned.textStage());
                report.add("scanned", "Pageflow, whole pipeline", scanned.whole());
                report.add("scanned", "tesseract command, 2 at once, OMP_THREAD_LIMIT=1",
                        timed(() -> PeerTools.tesseract(scans.scans), PeerTools::endedChildrenCpu));
                report.add("scanned", "Apache Tika server " + tikaVersion() + " (OCR)",
                        timed(() -> flatten(PeerTools.tika(List.of(scanPdf), "ocr_only")), tika::cpu));
            }
        }
        Path written = report.write(Path.of(System.getProperty("pageflow.bench.reports")));
        System.out.println(Files.readString(written));
    }

    /** Pageflow's two figures from one set of jobs: the text stage ends with the last page's text. */
    record PageflowRun(Run textStage, Run whole) {
    }

    private static PageflowRun pageflow(List<Path> pdfs) throws IOException {
        Duration cpuBefore = WildFlyProcess.cpu();
        long start = System.nanoTime();
        // two uploads at a time, as the peers get two files at a time
        List<JobView> submitted = PeerTools.twoAtATime(pdfs, pdf -> {
            try {
                return api.submitAccepted(List.of(new PageflowClient.FilePart(pdf.getFileName().toString(),
                        "application/pdf", Files.readAllBytes(pdf))), Map.of("onDuplicate", "store"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        List<JobView> done = submitted.stream().map(job -> api.awaitEnd(job.getId(), Duration.ofMinutes(30))).toList();
        double wholeSeconds = (System.nanoTime() - start) / 1e9;
        double cpu = (WildFlyProcess.cpu().minus(cpuBefore)).toMillis() / 1000.0;
        done.forEach(job -> assertEquals("completed", job.getStatus(), job.toString()));

        OffsetDateTime firstStart = done.stream().map(JobView::getStartedAt).min(OffsetDateTime::compareTo).orElseThrow();
        OffsetDateTime lastText = firstStart;
        List<String> texts = new ArrayList<>();
        for (JobView job : done) {
            for (PageView page : api.pages(job.getId())) {
                OffsetDateTime ended = page.getCompletedAt();
                if (ended != null && ended.isAfter(lastText)) {
                    lastText = ended;
                }
                texts.add("completed".equals(page.getStatus()) ? api.text(job.getDocumentId(), page.getNumber()) : "");
            }
        }
        double textSeconds = Duration.between(firstStart, lastText).toNanos() / 1e9;
        return new PageflowRun(new Run(textSeconds, cpu, texts), new Run(wholeSeconds, cpu, texts));
    }

    private static Run timed(Supplier<List<String>> work, Supplier<Duration> cpu) {
        Duration cpuBefore = cpu.get();
        long start = System.nanoTime();
        List<String> texts = work.get();
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Run(seconds, cpu.get().minus(cpuBefore).toMillis() / 1000.0, texts);
    }

    private static List<String> flatten(List<List<String>> pagesOfEach) {
        return pagesOfEach.stream().flatMap(List::stream).toList();
    }

    private static String tikaVersion() {
        return Objects.requireNonNull(System.getProperty("pageflow.tika.jar")).replaceAll(".*-(\\d[\\d.]*)\\.jar$", "$1");
    }
}
