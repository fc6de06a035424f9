package io.pageflow.page;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * CPU seconds and character error rate of the page stage's OCR, per kind of scan, on the 24 scanned pages the corpus
 * benchmark makes (ear's {@code ScannedPages}: corpus pages with at least 1,200 characters rendered at 300, 200, 150
 * and 96 DPI grey and 200 DPI black and white, one upside down, one skewed 1.5°), each read as the page stage reads
 * it: its image taken from an image-only PDF ({@link ScanImage}), then {@link OcrEngine}. CPU time is the reading
 * thread's (Tesseract runs on it with {@code OMP_THREAD_LIMIT=1}), so other work on the machine barely changes it.
 * Not a test (it asserts nothing); run it by hand after {@code bench/fetch-corpus.sh}:
 * {@code OMP_THREAD_LIMIT=1 mvn -B -o test -pl ejb -am -Dtest=CorpusScansBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false -Dpageflow.bench.corpus=$PWD/bench/corpus
 * [-Dpageflow.bench.variants='orient,binarize;none/asis;orient,binarize//tessedit_do_invert=0']}.
 */
class CorpusScansBenchmark {

    record Scan(String name, String kind, int dpi, byte[] pdf, String truth) {
    }

    /**
     * Runs each variant of {@code pageflow.bench.variants} ({@code steps/resample/name=value,...;...}, default: the
     * page stage's own choices) on a thread of its own, side by side, and prints each page's figures.
     */
    @Test
    void measure() throws Exception {
        String corpus = System.getProperty("pageflow.bench.corpus");
        assumeTrue(corpus != null, "pageflow.bench.corpus names the folder bench/fetch-corpus.sh made");
        List<Scan> scans = scans(Path.of(corpus), Integer.getInteger("pageflow.bench.scans", 24));
        List<Thread> running = new ArrayList<>();
        List<String> totals = java.util.Collections.synchronizedList(new ArrayList<>());
        for (String variant : System.getProperty("pageflow.bench.variants", JobOcrOptions.DEFAULT_STEPS).split(";")) {
            Thread thread = new Thread(() -> totals.add(run(scans, variant)));
            thread.start();
            running.add(thread);
        }
        for (Thread thread : running) {
            thread.join();
        }
        totals.forEach(System.out::println);
    }

    /** CPU seconds of what the page stage does to a scanned page before OCR, one part at a time. */
    @Test
    void beforeOcr() throws Exception {
        String corpus = System.getProperty("pageflow.bench.corpus");
        assumeTrue(corpus != null && Boolean.getBoolean("pageflow.bench.before"), "pageflow.bench.before=true");
        List<Scan> scans = scans(Path.of(corpus), Integer.getInteger("pageflow.bench.scans", 24));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < 3; round++) {
            long[] parts = new long[4];
            for (Scan scan : scans) {
                long t0 = threads.getCurrentThreadCpuTime();
                try (PDDocument pdf = Loader.loadPDF(scan.pdf())) {
                    TextLayer.decide(PageTextReader.read(pdf, 1, 1).get(1));
                    long t1 = threads.getCurrentThreadCpuTime();
                    PageImage image = ScanImage.of(pdf, 50_000_000).orElseThrow();
                    long t2 = threads.getCurrentThreadCpuTime();
                    BlankImage.isNearUniform(image.image());
                    long t3 = threads.getCurrentThreadCpuTime();
                    BufferedImage grey = Images.grey(image.image());
                    UnevenLight.of(grey);
                    PagePix.of(grey).close();
                    long t4 = threads.getCurrentThreadCpuTime();
                    parts[0] += t1 - t0;
                    parts[1] += t2 - t1;
                    parts[2] += t3 - t2;
                    parts[3] += t4 - t3;
                }
            }
            System.out.printf("BEFORE round %d: text layer %.2f s, image %.2f s, blank %.2f s, grey+light+pix %.2f s%n",
                    round, parts[0] / 1e9, parts[1] / 1e9, parts[2] / 1e9, parts[3] / 1e9);
        }
    }

    private static String run(List<Scan> scans, String variant) {
        String[] parts = (variant + "//").split("/", -1);
        OcrLanguages languages = Engines.languages();
        TesseractPool pool = Engines.pool(languages, 1);
        for (String setting : parts[2].split(",")) {
            if (setting.contains("=")) {
                pool.variables.put(setting.substring(0, setting.indexOf('=')), setting.substring(setting.indexOf('=') + 1));
            }
        }
        OcrEngine engine = Engines.engine(pool, languages, null);
        OcrOptions options = new OcrOptions(OcrModel.FAST, OcrStep.parse(parts[0]));
        UnaryOperator<PageImage> resample = resampling(parts[1]);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try {
            read(engine, scans.get(0), options, resample); // warm-up: the first reading loads the model
            Map<String, double[]> byKind = new LinkedHashMap<>();
            double cpu = 0;
            long errors = 0;
            long length = 0;
            StringBuilder out = new StringBuilder();
            for (Scan scan : scans) {
                long before = threads.getCurrentThreadCpuTime();
                OcrEngine.OcrResult result = read(engine, scan, options, resample);
                double seconds = (threads.getCurrentThreadCpuTime() - before) / 1e9;
                String truth = comparable(scan.truth());
                int distance = CharacterErrorRate.editDistance(truth, comparable(result.text()));
                cpu += seconds;
                errors += distance;
                length += truth.length();
                String kind = scan.dpi() + " " + scan.kind();
                double[] sums = byKind.computeIfAbsent(kind, k -> new double[4]);
                sums[0] += seconds;
                sums[1] += distance;
                sums[2] += truth.length();
                sums[3]++;
                out.append(String.format("SCAN [%s] %-20s %-16s conf %3d  cpu %6.2f s  CER %6.2f %%%n", variant,
                        scan.name(), kind, result.confidence(), seconds, 100.0 * distance / truth.length()));
            }
            for (Map.Entry<String, double[]> kind : byKind.entrySet()) {
                double[] s = kind.getValue();
                out.append(String.format("KIND [%s] %-16s pages %2.0f  cpu %6.2f s/page  CER %6.2f %%%n", variant,
                        kind.getKey(), s[3], s[0] / s[3], 100 * s[1] / s[2]));
            }
            out.append(String.format("TOTAL [%s]: %d pages, cpu %.1f s, CER %.2f %%", variant, scans.size(), cpu,
                    100.0 * errors / length));
            return out.toString();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            pool.close();
        }
    }

    /** As the page stage reads a page: its own image, then the engine (with a resolution the run may change). */
    private static OcrEngine.OcrResult read(OcrEngine engine, Scan scan, OcrOptions options,
            UnaryOperator<PageImage> resample) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(scan.pdf())) {
            PageImage image = resample.apply(ScanImage.of(pdf, 50_000_000).orElseThrow());
            return engine.recognize(image, "eng", options);
        }
    }

    /**
     * {@code asis}: never upscaled; {@code U:T:F}: grey images under U DPI upscaled to T, black-and-white ones under F
     * to F; else the page stage's choice.
     */
    private static UnaryOperator<PageImage> resampling(String how) {
        if (how.isBlank()) {
            return UnaryOperator.identity();
        }
        if (how.equals("asis")) {
            return image -> new PageImage(image.image(), image.dpi(), image.dpi());
        }
        if (how.startsWith("down")) {
            int most = Integer.parseInt(how.substring(4));
            UnaryOperator<PageImage> choice = resampling("");
            return image -> image.dpi() > most ? new PageImage(image.image(), image.dpi(), most) : choice.apply(image);
        }
        String[] p = how.split(":");
        int under = Integer.parseInt(p[0]);
        int target = Integer.parseInt(p[1]);
        int fax = Integer.parseInt(p[2]);
        return image -> new PageImage(image.image(), image.dpi(), Images.isBilevel(image.image())
                ? Math.max(image.dpi(), fax) : image.dpi() < under ? Math.max(image.dpi(), target) : image.dpi());
    }

    private static String comparable(String text) {
        return CharacterErrorRate.normalize(Normalizer.normalize(text, Normalizer.Form.NFKC));
    }

    /** The corpus benchmark's scans, made the same way from the same pages. */
    static List<Scan> scans(Path corpus, int count) throws IOException {
        record Candidate(String name, Path pdf, int page, String truth) {
        }
        List<Candidate> candidates = new ArrayList<>();
        List<Path> pdfs;
        try (Stream<Path> files = Files.list(corpus.resolve("pdf"))) {
            pdfs = files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        for (Path pdf : pdfs) {
            String name = pdf.getFileName().toString().replaceFirst("\\.pdf$", "");
            for (int page = 1; Files.exists(truth(corpus, name, page)); page++) {
                String truth = Files.readString(truth(corpus, name, page), StandardCharsets.UTF_8);
                if (comparable(truth).length() >= 1200) {
                    candidates.add(new Candidate(name, pdf, page, truth));
                }
            }
        }
        List<Scan> scans = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Candidate source = candidates.get(i * candidates.size() / count);
            ScannedPdfImages.CorpusScan scan = ScannedPdfImages.corpusScan(source.pdf(), source.page(), i);
            scans.add(new Scan(source.name() + " p" + source.page(), scan.kind(), scan.dpi(),
                    pdf(scan.image(), scan.dpi()), source.truth()));
        }
        return scans;
    }

    private static Path truth(Path corpus, String name, int page) {
        return corpus.resolve("truth").resolve(name + "-" + page + ".txt");
    }

    private static byte[] pdf(BufferedImage image, int dpi) throws IOException {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ScannedPdfImages.addPage(pdf, image, dpi);
            pdf.save(out);
            return out.toByteArray();
        }
    }
}
