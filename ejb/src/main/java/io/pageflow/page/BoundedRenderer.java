package io.pageflow.page;

import java.awt.geom.AffineTransform;
import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.PageDrawer;
import org.apache.pdfbox.rendering.PageDrawerParameters;

import io.pageflow.error.ErrorCode;
import io.pageflow.error.PipelineException;

/**
 * PDFBox's renderer with the images inside a page held to the pixel limit. PDFBox decodes an image subsampled
 * to the resolution it is drawn at, but caps the step at 8 (and computes it in {@code int}, which overflows
 * for images over 2³¹ pixels): here the step is raised until the decoded image fits the limit. Image masks
 * (stencils) are always decoded whole by PDFBox, so a mask over the limit fails the page instead.
 */
final class BoundedRenderer extends PDFRenderer {

    private final long maxPixels;
    private final int pageNumber;

    BoundedRenderer(PDDocument document, long maxPixels, int pageNumber) {
        super(document);
        this.maxPixels = maxPixels;
        this.pageNumber = pageNumber;
        setSubsamplingAllowed(true);
    }

    @Override
    protected PageDrawer createPageDrawer(PageDrawerParameters parameters) throws IOException {
        return new Drawer(parameters);
    }

    /** The step that makes an image of {@code width × height} fit {@code maxPixels} (at least 1). */
    static int stepWithin(long width, long height, long maxPixels) {
        int step = (int) Math.ceil(Math.sqrt((double) width * height / maxPixels));
        while (step > 1 && ceilDiv(width, step - 1) * ceilDiv(height, step - 1) <= maxPixels) {
            step--;
        }
        while (ceilDiv(width, step) * ceilDiv(height, step) > maxPixels) {
            step++;
        }
        return Math.max(1, step);
    }

    private static long ceilDiv(long value, int divisor) {
        return (value + divisor - 1) / divisor;
    }

    private final class Drawer extends PageDrawer {

        Drawer(PageDrawerParameters parameters) throws IOException {
            super(parameters);
        }

        @Override
        public void drawImage(PDImage image) throws IOException {
            long declared = (long) image.getWidth() * image.getHeight();
            if (image.isStencil() && declared > maxPixels) {
                throw new PipelineException(ErrorCode.IMAGE_TOO_LARGE, "Page " + pageNumber + " draws an image mask of "
                        + image.getWidth() + " × " + image.getHeight() + " pixels, which cannot be decoded in parts; the limit is "
                        + maxPixels + " pixels (PAGEFLOW_IMAGE_MAX_PIXELS)");
            }
            super.drawImage(image);
        }

        @Override
        protected int getSubsampling(PDImage image, AffineTransform at) {
            long declared = (long) image.getWidth() * image.getHeight();
            int fromResolution = declared <= Integer.MAX_VALUE ? super.getSubsampling(image, at) : 1;
            if (declared <= maxPixels) {
                return fromResolution;
            }
            return Math.max(fromResolution, stepWithin(image.getWidth(), image.getHeight(), maxPixels));
        }
    }
}
