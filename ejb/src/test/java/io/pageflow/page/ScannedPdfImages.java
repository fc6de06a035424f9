package io.pageflow.page;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.zip.DeflaterOutputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Page images put into test PDFs the way scanners store them. */
public final class ScannedPdfImages {

    /** The resolutions and kinds of the corpus benchmark's scans, in turn (bench/README.md). */
    private static final int[] CORPUS_DPI = {300, 300, 200, 150, 200, 96};
    private static final String[] CORPUS_KIND = {"grey", "grey", "grey", "grey", "fax", "grey"};

    /** One of the corpus benchmark's scans: the image, its resolution and what kind of scan it is. */
    public record CorpusScan(BufferedImage image, int dpi, String kind) {
    }

    private ScannedPdfImages() {
    }

    /**
     * A grey image stored with its values as they are (DeviceGray, Flate). PDFBox's LosslessFactory reads a grey
     * image through {@code getRGB}, which converts Java's linear grey to sRGB and stores every grey lighter than it
     * was: a reader of the PDF would see a paler page than the image.
     */
    public static PDImageXObject grey(PDDocument pdf, BufferedImage image) throws IOException {
        byte[] pixels = new byte[image.getWidth() * image.getHeight()];
        image.getRaster().getDataElements(0, 0, image.getWidth(), image.getHeight(), pixels);
        ByteArrayOutputStream deflated = new ByteArrayOutputStream();
        try (DeflaterOutputStream out = new DeflaterOutputStream(deflated)) {
            out.write(pixels);
        }
        return new PDImageXObject(pdf, new ByteArrayInputStream(deflated.toByteArray()), COSName.FLATE_DECODE,
                image.getWidth(), image.getHeight(), 8, PDDeviceGray.INSTANCE);
    }

    /** A page the size the image has at {@code dpi}, the image drawn over all of it: a scanner's page. */
    public static void addPage(PDDocument pdf, BufferedImage image, int dpi) throws IOException {
        float width = image.getWidth() * 72f / dpi;
        float height = image.getHeight() * 72f / dpi;
        PDPage page = new PDPage(new PDRectangle(width, height));
        pdf.addPage(page);
        PDImageXObject xobject = image.getType() == BufferedImage.TYPE_BYTE_GRAY ? grey(pdf, image)
                : LosslessFactory.createFromImage(pdf, image);
        try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
            content.drawImage(xobject, 0, 0, width, height);
        }
    }

    /** Turned about the centre on white paper, in grey: a page put on the scanner crooked or upside down. */
    public static BufferedImage rotated(BufferedImage image, double radians) {
        BufferedImage turned = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = turned.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, turned.getWidth(), turned.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.rotate(radians, image.getWidth() / 2.0, image.getHeight() / 2.0);
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return turned;
    }

    /**
     * The {@code index}-th (from 0) of the corpus benchmark's scans, made from a page of a born-digital PDF: grey at
     * 300, 200, 150 or 96 DPI or black and white at 200 DPI (fax), the second upside down, the eighth skewed 1.5°.
     * The server's benchmark and the page stage's own one read the same pages this way.
     */
    public static CorpusScan corpusScan(Path pdf, int page, int index) throws IOException {
        int dpi = CORPUS_DPI[index % CORPUS_DPI.length];
        String kind = index == 1 ? "grey, upside down" : index == 7 ? "grey, skewed 1.5°"
                : CORPUS_KIND[index % CORPUS_KIND.length];
        BufferedImage image;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            image = new PDFRenderer(document).renderImageWithDPI(page - 1, dpi,
                    kind.equals("fax") ? ImageType.BINARY : ImageType.GRAY);
        }
        if (index == 1) {
            image = rotated(image, Math.PI);
        } else if (index == 7) {
            image = rotated(image, Math.toRadians(1.5));
        }
        return new CorpusScan(image, dpi, kind);
    }
}
