package io.pageflow.page;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.color.PDICCBased;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * The image of a scanned page, read at its own resolution. Most scanned PDFs draw one image over the whole page:
 * OCR reads that image as it is (as OCRmyPDF does) instead of a rendering at 300 DPI, which only interpolates the
 * same pixels into many more — slower, and worse for a low-resolution scan, whose letters come out blurred. The
 * image is upscaled (by Leptonica, before OCR) only where that was measured to help: grey scans under
 * {@value #LOW_DPI} DPI to {@value #LOW_TARGET_DPI}, and black-and-white (fax) scans under {@value #TARGET_DPI} DPI to
 * it, whose letters have jagged edges that Tesseract reads better with more pixels (docs/pipeline.md has the figures).
 * A page that is anything else — several images, drawings, an image that covers part of the page, is turned,
 * masked or has a page rotation — is rendered as before.
 */
final class ScanImage {

    /**
     * Under this resolution, a grey image is upscaled to {@value #LOW_TARGET_DPI} DPI before OCR. Measured on the
     * corpus benchmark's scans: 96-DPI pages read at 1.9 % upscaled to 200 or 300 DPI against 5.1 % as they are,
     * and 200 costs a sixth less; 150-DPI pages read as well as they are (1.0 %) and a fifth faster than upscaled.
     */
    static final int LOW_DPI = 120;
    static final int LOW_TARGET_DPI = 200;
    /** Black-and-white (fax) images under this resolution are upscaled to it. */
    static final int TARGET_DPI = 300;
    /** The image must cover at least this share of the page to be the page. */
    static final double MIN_COVER = 0.85;
    /** Horizontal and vertical resolutions may differ this much (fax: 204 × 196 DPI) and still be one. */
    static final double MAX_DPI_SKEW = 0.15;
    /** An image read at its own resolution has at least this many DPI (PageRenderer's floor for OCR). */
    static final int MIN_DPI = 70;

    private ScanImage() {
    }

    /**
     * The page's one full-page image, decoded at its own resolution (subsampled when it has more pixels than
     * {@code maxPixels}), with the resolution OCR should read it at; empty when the page is not such a scan.
     */
    static Optional<PageImage> of(PDDocument pdf, long maxPixels) throws IOException {
        PDPage page = pdf.getPage(0);
        if (page.getRotation() % 360 != 0) {
            return Optional.empty();
        }
        DrawnImages.Drawn drawn = only(page);
        if (drawn == null) {
            return Optional.empty();
        }
        PDImageXObject image = drawn.image();
        PDRectangle box = page.getCropBox();
        Matrix m = drawn.ctm();
        // an upright image: no turn, no mirror (PDF images are drawn into the unit square by the matrix)
        if (m.getShearX() != 0 || m.getShearY() != 0 || m.getScaleX() <= 0 || m.getScaleY() <= 0) {
            return Optional.empty();
        }
        double left = Math.max(m.getTranslateX(), box.getLowerLeftX());
        double bottom = Math.max(m.getTranslateY(), box.getLowerLeftY());
        double right = Math.min(m.getTranslateX() + m.getScaleX(), box.getUpperRightX());
        double top = Math.min(m.getTranslateY() + m.getScaleY(), box.getUpperRightY());
        double covered = Math.max(0, right - left) * Math.max(0, top - bottom);
        if (covered < MIN_COVER * box.getWidth() * box.getHeight()) {
            return Optional.empty();
        }
        double dpiX = image.getWidth() / (m.getScaleX() / RenderBounds.POINTS_PER_INCH);
        double dpiY = image.getHeight() / (m.getScaleY() / RenderBounds.POINTS_PER_INCH);
        if (Math.abs(dpiX - dpiY) > MAX_DPI_SKEW * Math.max(dpiX, dpiY)) {
            return Optional.empty();
        }
        int step = BoundedRenderer.stepWithin(image.getWidth(), image.getHeight(), maxPixels);
        int dpi = (int) Math.round((dpiX + dpiY) / 2 / step);
        if (dpi < MIN_DPI) {
            return Optional.empty();
        }
        BufferedImage decoded = step == 1 ? greyAsStored(image) : null;
        if (decoded == null) {
            decoded = step == 1 ? image.getImage() : image.getImage(null, step);
        }
        if (decoded == null) {
            return Optional.empty();
        }
        return Optional.of(new PageImage(decoded, dpi, ocrDpi(decoded, dpi, maxPixels)));
    }

    /** The resolution to read an image at: its own, or a higher one where upscaling helps, within the limit. */
    static int ocrDpi(BufferedImage image, int dpi, long maxPixels) {
        int target = Images.isBilevel(image) ? TARGET_DPI : dpi < LOW_DPI ? LOW_TARGET_DPI : dpi;
        if (target <= dpi) {
            return dpi;
        }
        double factor = (double) target / dpi;
        double pixels = (double) image.getWidth() * image.getHeight() * factor * factor;
        if (pixels > maxPixels) {
            factor = Math.sqrt((double) maxPixels / ((double) image.getWidth() * image.getHeight()));
        }
        return Math.max(dpi, (int) Math.floor(dpi * factor));
    }

    /**
     * A grey image's pixels as stored, one byte each, or null for other images: PDFBox's {@code getImage()} would
     * make an RGB image of four bytes a pixel, only for it to be made grey again.
     */
    static BufferedImage greyAsStored(PDImageXObject image) throws IOException {
        PDColorSpace space = image.getColorSpace();
        boolean grey = space instanceof PDDeviceGray || space instanceof PDICCBased icc && icc.getNumberOfComponents() == 1;
        int bits = image.getBitsPerComponent();
        if (!grey || image.getDecode() != null || (bits != 1 && bits != 8)) {
            return null;
        }
        int type = bits == 1 ? BufferedImage.TYPE_BYTE_BINARY : BufferedImage.TYPE_BYTE_GRAY;
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), type);
        // The decoded stream's rows are the image's rows, a byte a pixel or eight pixels a byte (0 black, 1 white),
        // as these two types keep them: read straight in, which is several times faster than PDFBox's raster
        byte[] pixels = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        try (InputStream in = image.createInputStream()) {
            if (in.readNBytes(pixels, 0, pixels.length) == pixels.length) {
                return out;
            }
        }
        // a stream shorter than its image: PDFBox's raster makes up the rest
        WritableRaster raw = image.getRawRaster();
        BufferedImage made = new BufferedImage(raw.getWidth(), raw.getHeight(), type);
        Images.copySamples(raw, made);
        return made;
    }

    /** The one image the page draws, when it draws exactly one unmasked image and nothing else; else null. */
    private static DrawnImages.Drawn only(PDPage page) throws IOException {
        DrawnImages drawn = DrawnImages.of(page);
        return drawn.paintsOther() || drawn.images().size() != 1 || drawn.images().get(0).masked() ? null
                : drawn.images().get(0);
    }
}
