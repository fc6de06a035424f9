package io.pageflow.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;

import io.pageflow.page.ScannedPdfImages;

/**
 * Scanned pages made from corpus pages the way scanners, fax machines and screenshots deliver them: rendered at
 * 300, 200, 150 or 96 DPI in grey, or at 200 DPI in black and white (fax), one of them upside down and one skewed by
 * 1.5°. Each is kept as a PNG (what the {@code tesseract} command reads) and as a page of one image-only PDF at the
 * image's own resolution (what Pageflow and Tika read). The text of the source page is the reference.
 */
final class ScannedPages {

    record Scan(String source, int page, int dpi, String kind, Path png, String truth) {
    }

    final List<Scan> scans;

    private ScannedPages(List<Scan> scans) {
        this.scans = scans;
    }

    /** Makes {@code count} scans of pages spread evenly over the corpus, among pages with at least 1,200 characters. */
    static ScannedPages make(BenchCorpus corpus, Path dir, int count) throws IOException {
        record Candidate(BenchCorpus.Document document, int page) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (BenchCorpus.Document document : corpus.documents()) {
            for (int page = 1; page <= document.pages(); page++) {
                if (BenchCorpus.comparable(corpus.truth(document.name(), page)).length() >= 1200) {
                    candidates.add(new Candidate(document, page));
                }
            }
        }
        Files.createDirectories(dir);
        List<Scan> scans = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Candidate source = candidates.get(i * candidates.size() / count);
            ScannedPdfImages.CorpusScan scan = ScannedPdfImages.corpusScan(source.document().pdf(), source.page(), i);
            Path png = dir.resolve(String.format("scan-%02d.png", i + 1));
            ImageIO.write(scan.image(), "png", png.toFile());
            scans.add(new Scan(source.document().name(), source.page(), scan.dpi(), scan.kind(), png,
                    corpus.truth(source.document().name(), source.page())));
        }
        return new ScannedPages(scans);
    }

    /** One image-only PDF, each page the size its image has at its resolution. */
    byte[] pdf() throws IOException {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Scan scan : scans) {
                ScannedPdfImages.addPage(pdf, ImageIO.read(scan.png().toFile()), scan.dpi());
            }
            pdf.save(out);
            return out.toByteArray();
        }
    }
}
