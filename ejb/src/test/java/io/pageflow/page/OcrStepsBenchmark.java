package io.pageflow.page;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.geom.AffineTransform;
import java.awt.image.AffineTransformOp;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

/**
 * Character error rate and seconds per page of each OCR choice on real scans, against the {@code tesseract}
 * command on the same images. Not a test (it asserts nothing); run it by hand with the scans and their page truths:
 * {@code mvn -B -o test -pl ejb -am -Dtest=OcrStepsBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * -Dpageflow.bench.scans=/path/to/data [-Dpageflow.bench.best=/path/to/tessdata-best]}. The folder holds
 * {@code scan-page-N.png} (scanned at 200 DPI), {@code truth-page-N.txt} and optionally {@code photo-page-N.jpg}.
 * Each page is made into image-only PDFs the way scanners make them (one image over the page) in several
 * conditions: as scanned, at 96 DPI, black and white (fax), upside down, under uneven light, photographed.
 */
class OcrStepsBenchmark {

    record Sample(String name, BufferedImage image, int dpi, String truth, boolean jpeg) {
    }

    @Test
    void measure() throws Exception {
        String folder = System.getProperty("pageflow.bench.scans");
        assumeTrue(folder != null, "pageflow.bench.scans names the folder of scans");
        String best = System.getProperty("pageflow.bench.best");
        Set<String> only = Set.of(System.getProperty("pageflow.bench.only", "").split(","));
        List<Sample> samples = samples(Path.of(folder), only);
        OcrLanguages languages = Engines.languages();
        TesseractPool pool = Engines.pool(languages, 1);
        OcrEngine engine = Engines.engine(pool, languages, best);
        Map<String, Function<Sample, String>> runs = new LinkedHashMap<>();
        runs.put("tesseract command", OcrStepsBenchmark::command);
        runs.put("before: rendered at 300 DPI", s -> ocr(engine, rendered(s), OcrOptions.PLAIN));
        runs.put("own resolution", s -> ocr(engine, own(s), OcrOptions.PLAIN));
        runs.put("own, never upscaled", s -> ocr(engine, asIs(own(s)), OcrOptions.PLAIN));
        runs.put("+ orient", s -> ocr(engine, own(s), options("orient")));
        runs.put("+ deskew", s -> ocr(engine, own(s), options("deskew")));
        runs.put("+ binarize", s -> ocr(engine, own(s), options("binarize")));
        runs.put("+ orient,deskew", s -> ocr(engine, own(s), options("orient,deskew")));
        runs.put("+ orient,binarize", s -> ocr(engine, own(s), options("orient,binarize")));
        runs.put("+ orient,deskew,binarize", s -> ocr(engine, own(s), options("orient,deskew,binarize")));
        if (best != null) {
            runs.put("best_int + orient,binarize", s -> ocr(engine, own(s), new OcrOptions(OcrModel.BEST,
                    OcrStep.parse("orient,binarize"))));
        }
        Set<String> onlyRuns = Set.of(System.getProperty("pageflow.bench.runs", "").split(";"));
        StringBuilder table = new StringBuilder("| run | " + String.join(" | ", samples.stream().map(Sample::name).toList())
                + " | mean CER | s/page |\n");
        table.append("|---".repeat(samples.size() + 3)).append("|\n");
        for (Map.Entry<String, Function<Sample, String>> run : runs.entrySet()) {
            if (!onlyRuns.contains("") && !onlyRuns.contains(run.getKey())) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            double sum = 0;
            long nanos = 0;
            for (Sample sample : samples) {
                long started = System.nanoTime();
                String text = run.getValue().apply(sample);
                nanos += System.nanoTime() - started;
                double cer = CharacterErrorRate.of(sample.truth(), text);
                sum += cer;
                cells.add(String.format("%.1f", 100 * cer));
            }
            String row = String.format("| %s | %s | %.2f %% | %.2f |", run.getKey(), String.join(" | ", cells),
                    100 * sum / samples.size(), nanos / 1e9 / samples.size());
            System.out.println(row);
            table.append(row).append('\n');
        }
        pool.close();
        System.out.println(table);
    }

    /** Tesseract's mean confidence on each page read upright and upside down: where orientation is worth checking. */
    @Test
    void confidences() throws Exception {
        String folder = System.getProperty("pageflow.bench.confidences");
        assumeTrue(folder != null, "pageflow.bench.confidences names the folder of scans");
        OcrLanguages languages = Engines.languages();
        TesseractPool pool = Engines.pool(languages, 1);
        OcrEngine engine = Engines.engine(pool, languages, null);
        for (Sample sample : samples(Path.of(folder), Set.of(""))) {
            PageImage own = own(sample);
            BufferedImage grey = Images.grey(own.image());
            int upright = engine.recognize(new PageImage(grey, own.dpi(), own.ocrDpi()), "eng", OcrOptions.PLAIN)
                    .confidence();
            int turned = engine.recognize(new PageImage(turned(grey), own.dpi(), own.ocrDpi()), "eng", OcrOptions.PLAIN)
                    .confidence();
            System.out.printf("CONFIDENCE %s: as stored %d, turned over %d%n", sample.name(), upright, turned);
        }
        pool.close();
    }

    static OcrOptions options(String steps) {
        return new OcrOptions(OcrModel.FAST, OcrStep.parse(steps));
    }

    static String ocr(OcrEngine engine, PageImage image, OcrOptions options) {
        return engine.recognize(image, "eng", options).text();
    }

    static PageImage rendered(Sample sample) {
        try (PDDocument pdf = Loader.loadPDF(pdf(sample))) {
            return new PageImage(new PDFRenderer(pdf).renderImageWithDPI(0, 300, ImageType.GRAY), 300, 300);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static PageImage own(Sample sample) {
        try (PDDocument pdf = Loader.loadPDF(pdf(sample))) {
            return ScanImage.of(pdf, 100_000_000).orElseThrow();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static PageImage asIs(PageImage image) {
        return new PageImage(image.image(), image.dpi(), image.dpi());
    }

    /**
     * The {@code tesseract} command on the page image as it is in the PDF (as {@code pdfimages} would give it), one
     * thread, told its resolution.
     */
    static String command(Sample sample) {
        try {
            Path png = Files.createTempFile("bench-", ".png");
            BufferedImage image = own(sample).image();
            ImageIO.write(Images.isBilevel(image) ? image : Images.grey(image), "png", png.toFile());
            ProcessBuilder builder = new ProcessBuilder("tesseract", png.toString(), "-", "--dpi",
                    Integer.toString(sample.dpi()), "-l", "eng").redirectError(ProcessBuilder.Redirect.DISCARD);
            builder.environment().put("OMP_THREAD_LIMIT", "1");
            Process process = builder.start();
            String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor(5, TimeUnit.MINUTES);
            Files.delete(png);
            return text;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An image-only PDF as a scanner makes it: the image drawn over the whole page, the page as large as the scan. */
    static byte[] pdf(Sample sample) {
        try (PDDocument pdf = new PDDocument()) {
            float width = sample.image().getWidth() * 72f / sample.dpi();
            float height = sample.image().getHeight() * 72f / sample.dpi();
            PDPage page = new PDPage(new PDRectangle(width, height));
            pdf.addPage(page);
            PDImageXObject image = sample.jpeg() ? JPEGFactory.createFromImage(pdf, sample.image(), 0.85f)
                    : sample.image().getType() == BufferedImage.TYPE_BYTE_GRAY ? ScannedPdfImages.grey(pdf, sample.image())
                    : LosslessFactory.createFromImage(pdf, sample.image());
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.drawImage(image, 0, 0, width, height);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Sample> samples(Path folder, Set<String> only) throws IOException {
        List<Sample> samples = new ArrayList<>();
        for (int n = 1; n < 100; n++) {
            Path scan = folder.resolve("scan-page-" + n + ".png");
            Path truthFile = folder.resolve("truth-page-" + n + ".txt");
            if (!Files.exists(scan) || !Files.exists(truthFile)) {
                continue;
            }
            String truth = Files.readString(truthFile);
            BufferedImage grey = Images.grey(ImageIO.read(scan.toFile()));
            add(samples, only, new Sample("p" + n + " 200dpi", grey, 200, truth, false));
            add(samples, only, new Sample("p" + n + " 96dpi", scaled(grey, 96 / 200.0), 96, truth, true));
            add(samples, only, new Sample("p" + n + " fax", bilevel(grey), 200, truth, false));
            add(samples, only, new Sample("p" + n + " 180°", turned(grey), 200, truth, false));
            add(samples, only, new Sample("p" + n + " light", unevenLight(grey), 200, truth, true));
            Path photo = folder.resolve("photo-page-" + n + ".jpg");
            if (Files.exists(photo)) {
                add(samples, only, new Sample("p" + n + " photo", Images.grey(ImageIO.read(photo.toFile())), 200, truth,
                        true));
            }
        }
        return samples;
    }

    private static void add(List<Sample> samples, Set<String> only, Sample sample) {
        if (only.contains("") || only.stream().anyMatch(sample.name()::contains)) {
            samples.add(sample);
        }
    }

    static BufferedImage scaled(BufferedImage image, double factor) {
        int width = (int) Math.round(image.getWidth() * factor);
        int height = (int) Math.round(image.getHeight() * factor);
        Image smooth = image.getScaledInstance(width, height, Image.SCALE_AREA_AVERAGING);
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.drawImage(smooth, 0, 0, null);
        g.dispose();
        return out;
    }

    /** As a fax machine or a black-and-white scanner keeps it: one bit per pixel. */
    static BufferedImage bilevel(BufferedImage image) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                out.setRGB(x, y, (image.getRaster().getSample(x, y, 0) < 160) ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        return out;
    }

    static BufferedImage turned(BufferedImage image) {
        AffineTransform turn = AffineTransform.getRotateInstance(Math.PI, image.getWidth() / 2.0, image.getHeight() / 2.0);
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        new AffineTransformOp(turn, AffineTransformOp.TYPE_NEAREST_NEIGHBOR).filter(image, out);
        return out;
    }

    /** Light falling off across the page, as under a desk lamp: dark grey at one corner, the paper white at the other. */
    static BufferedImage unevenLight(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        BufferedImage shade = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = shade.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(255, 255, 255), width, height, new Color(95, 95, 95)));
        g.fillRect(0, 0, width, height);
        g.dispose();
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int paper = image.getRaster().getSample(x, y, 0);
                int light = shade.getRaster().getSample(x, y, 0);
                out.getRaster().setSample(x, y, 0, paper * light / 255);
            }
        }
        return out;
    }
}
