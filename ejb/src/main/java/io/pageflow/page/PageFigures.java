package io.pageflow.page;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorName;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.contentstream.operator.state.SetGraphicsStateParameters;
import org.apache.pdfbox.contentstream.operator.state.SetMatrix;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

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
        Finder finder = new Finder();
        finder.processPage(page);
        List<PageImage> figures = new ArrayList<>();
        for (Drawn drawn : finder.images) {
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

    private record Drawn(PDImageXObject image, Matrix ctm) {
    }

    /** Walks the page's content (forms included) noting each image drawn and where. */
    private static final class Finder extends PDFStreamEngine {

        final List<Drawn> images = new ArrayList<>();

        Finder() {
            addOperator(new Concatenate(this));
            addOperator(new DrawObject(this));
            addOperator(new SetGraphicsStateParameters(this));
            addOperator(new Save(this));
            addOperator(new Restore(this));
            addOperator(new SetMatrix(this));
        }

        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            if (OperatorName.DRAW_OBJECT.equals(operator.getName()) && !operands.isEmpty()
                    && operands.get(0) instanceof COSName name
                    && getResources().getXObject(name) instanceof PDImageXObject image) {
                if (!image.isStencil()) {
                    images.add(new Drawn(image, getGraphicsState().getCurrentTransformationMatrix().clone()));
                }
                return;
            }
            super.processOperator(operator, operands);
        }
    }
}
