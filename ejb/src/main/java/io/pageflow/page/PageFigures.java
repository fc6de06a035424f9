package io.pageflow.page;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The images a page draws that are large enough to hold words (a scanned figure, a chart, a signature), each at the
 * resolution it is drawn at: what a job that asks for {@code ocrImages} has read beside a mixed page's text layer.
 */
final class PageFigures {

    /** Smaller images (icons, rules, bullets) hold no words worth a Tesseract run. */
    static final int MIN_SIDE_PIXELS = 64;
    /** At most this many images of a page are read: a page of hundreds of tiles is not a page of figures. */
    static final int MAX_FIGURES = 20;

    private PageFigures() {
    }

    /** Each figure's own pixels, decoded within {@code maxPixels}, with the resolution it is drawn at on the page. */
    static List<PageImage> of(PDPage page, long maxPixels) throws IOException {
        List<PageImage> figures = new ArrayList<>();
        for (DrawnImages.Drawn drawn : DrawnImages.of(page).images()) {
            if (figures.size() == MAX_FIGURES) {
                break;
            }
            PDImageXObject image = drawn.image();
            if (image.getWidth() < MIN_SIDE_PIXELS || image.getHeight() < MIN_SIDE_PIXELS) {
                continue;
            }
            double inches = Math.hypot(drawn.ctm().getScaleX(), drawn.ctm().getShearY()) / RenderBounds.POINTS_PER_INCH;
            int step = BoundedRenderer.stepWithin(image.getWidth(), image.getHeight(), maxPixels);
            int dpi = inches <= 0 ? PageRenderer.OCR_DPI : (int) Math.round(image.getWidth() / inches / step);
            dpi = Math.max(ScanImage.MIN_DPI, Math.min(dpi, 1200));
            BufferedImage decoded = step == 1 ? image.getImage() : image.getImage(null, step);
            if (decoded != null) {
                figures.add(new PageImage(decoded, dpi, ScanImage.ocrDpi(decoded, dpi, maxPixels)));
            }
        }
        return figures;
    }
}
