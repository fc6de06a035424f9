package io.pageflow.understanding.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.pageflow.understanding.samples.Evaluation;
import io.pageflow.understanding.samples.Sample;
import io.pageflow.understanding.samples.SampleSet;
import io.pageflow.understanding.samples.ScannedPages;

/**
 * The generated pages as a scanner would give them (200 DPI, grey, skewed up to 1.5°, noisy), read by the
 * system's Tesseract as the server reads scans (automatic page segmentation), then classified and extracted.
 * Skipped when the {@code tesseract} command is missing. By default 25 pages (two of each invoice and e-way
 * bill layout, one of each look-alike); {@code -Docr.samples=all} reads the whole set and {@code -Docr.dpi=300}
 * scans finer, for a longer measurement.
 */
class OcrSamplesTest {

    static final int DPI = Integer.getInteger("ocr.dpi", 200);

    @TempDir
    Path dir;

    @Test
    void scannedPagesAreClassifiedAndReadAfterOcr() throws Exception {
        Assumptions.assumeTrue(tesseractPresent(), "the tesseract command is not installed");
        List<Sample> all = SampleSet.standard();
        List<Sample> samples = "all".equals(System.getProperty("ocr.samples")) ? all : subset(all);
        long started = System.nanoTime();
        Map<Sample, String> texts = ocr(samples);
        double ocrSeconds = (System.nanoTime() - started) / 1e9;

        Evaluation evaluation = Measure.run(samples, texts::get, new RuleClassifier(MiniLm.get()));
        System.out.printf("OCR of %d pages at %d DPI: %.1f s%n", samples.size(), DPI, ocrSeconds);
        Measure.print(evaluation, "scanned pages through Tesseract");

        assertEquals(0, evaluation.lookAlikesTaken(), "a scanned look-alike was taken for a bill or an e-way bill");
        assertTrue(evaluation.accuracy() >= 0.9, "classification accuracy after OCR: " + evaluation.accuracy());
        assertTrue(evaluation.fieldExactMatch() >= 0.8, "field exact match after OCR: " + evaluation.fieldExactMatch());
    }

    /** Two of each invoice and e-way bill layout, one of each look-alike. */
    static List<Sample> subset(List<Sample> all) {
        Map<String, List<Sample>> byLayout = new LinkedHashMap<>();
        for (Sample s : all) {
            List<Sample> same = byLayout.computeIfAbsent(s.layout(), k -> new ArrayList<>());
            if (same.size() < (s.isLookAlike() ? 1 : 2)) {
                same.add(s);
            }
        }
        return byLayout.values().stream().flatMap(List::stream).toList();
    }

    private Map<Sample, String> ocr(List<Sample> samples) throws Exception {
        // one Tesseract thread each, two pages at a time: what two cores do best
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Map<Sample, Future<String>> running = new LinkedHashMap<>();
            for (Sample s : samples) {
                running.put(s, pool.submit(() -> tesseract(s)));
            }
            Map<Sample, String> texts = new LinkedHashMap<>();
            for (Map.Entry<Sample, Future<String>> e : running.entrySet()) {
                texts.put(e.getKey(), e.getValue().get(60, TimeUnit.SECONDS));
            }
            return texts;
        } finally {
            pool.shutdownNow();
        }
    }

    private String tesseract(Sample s) throws IOException, InterruptedException {
        Path image = dir.resolve(s.id() + ".png");
        Files.write(image, ScannedPages.png(s.scan(DPI)));
        ProcessBuilder builder = new ProcessBuilder("tesseract", image.toString(), "stdout", "--dpi", String.valueOf(DPI))
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("OMP_THREAD_LIMIT", "1");
        Process process = builder.start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IOException("tesseract failed on " + s);
        }
        return text;
    }

    private static boolean tesseractPresent() {
        try {
            Process p = new ProcessBuilder("tesseract", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
