package io.pageflow.page;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;

import io.pageflow.error.ErrorCode;
import io.pageflow.error.PipelineException;
import io.pageflow.ingest.ImageLimits;

/**
 * Renders a PDF page for OCR (unless it is one scanned image, read as it is: {@link ScanImage}) and for review, never into more pixels than {@code PAGEFLOW_IMAGE_MAX_PIXELS}: a
 * page too large for the limit at {@value #OCR_DPI} DPI is rendered at a lower resolution, down to
 * {@value #MIN_OCR_DPI} DPI, below which it fails with {@code PAGE_TOO_LARGE}. Tesseract needs an x-height of
 * about 10 pixels to read at all; body text (10 pt) has that at 150 DPI, so a lower resolution would give
 * noise, not text.
 */
@ApplicationScoped
public class PageRenderer {

    static final int OCR_DPI = 300;
    static final int MIN_OCR_DPI = 150;
    static final int PREVIEW_DPI = 120;
    /** The review image is for eyes on a screen: a few megapixels are plenty, whatever the page's size. */
    static final long PREVIEW_MAX_PIXELS = 8_000_000;

    @Inject
    ImageLimits limits;

    /** The page image users look at beside the text: {@value #PREVIEW_DPI} DPI, or less for a large page. */
    BufferedImage preview(PDDocument pdf, int pageNumber) throws IOException {
        long budget = Math.min(limits.maxPixels(), PREVIEW_MAX_PIXELS);
        PDRectangle box = pdf.getPage(0).getCropBox();
        float dpi = RenderBounds.dpiWithin(box.getWidth(), box.getHeight(), PREVIEW_DPI, budget);
        return renderer(pdf, pageNumber).renderImageWithDPI(0, dpi, ImageType.RGB);
    }

    /**
     * The page for OCR: a scanned page's own image at its own resolution when the page is one full-page image
     * ({@link ScanImage}), else the page rendered in grey at {@value #OCR_DPI} DPI (less for a large page).
     */
    PageImage forOcr(PDDocument pdf, int pageNumber) throws IOException {
        Optional<PageImage> scan = ScanImage.of(pdf, limits.maxPixels());
        if (scan.isPresent()) {
            return scan.get();
        }
        PDRectangle box = pdf.getPage(0).getCropBox();
        float dpi = RenderBounds.dpiWithin(box.getWidth(), box.getHeight(), OCR_DPI, limits.maxPixels());
        if (dpi < MIN_OCR_DPI) {
            throw new PipelineException(ErrorCode.PAGE_TOO_LARGE, String.format(
                    "Page %d is %.0f × %.0f inches: even at %d DPI, the least OCR can read, it would have %d pixels; "
                            + "the limit is %d (PAGEFLOW_IMAGE_MAX_PIXELS)", pageNumber,
                    box.getWidth() / RenderBounds.POINTS_PER_INCH, box.getHeight() / RenderBounds.POINTS_PER_INCH,
                    MIN_OCR_DPI, RenderBounds.pixels(box.getWidth(), box.getHeight(), MIN_OCR_DPI), limits.maxPixels()));
        }
        int rounded = (int) Math.floor(dpi);
        return new PageImage(renderer(pdf, pageNumber).renderImageWithDPI(0, rounded, ImageType.GRAY), rounded, rounded);
    }

    private BoundedRenderer renderer(PDDocument pdf, int pageNumber) {
        return new BoundedRenderer(pdf, limits.maxPixels(), pageNumber);
    }
}
