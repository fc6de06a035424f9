package io.pageflow.page;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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
 * The images a page draws (forms included), each with the matrix it is drawn with, and whether the page paints
 * anything else (text, paths, shadings, inline or stencil images): what tells a scanned page, one image and nothing
 * else ({@link ScanImage}), and the figures of a mixed page ({@link PageFigures}).
 */
final class DrawnImages extends PDFStreamEngine {

    /**
     * An image and where it is drawn (into the unit square, by {@code ctm}).
     *
     * @param masked whether a soft mask or a mask shapes it (only the renderer draws it right)
     */
    record Drawn(PDImageXObject image, Matrix ctm, boolean masked) {
    }

    private static final Set<String> OTHER_PAINTING = Set.of(OperatorName.BEGIN_INLINE_IMAGE,
            OperatorName.FILL_NON_ZERO, OperatorName.LEGACY_FILL_NON_ZERO, OperatorName.FILL_EVEN_ODD,
            OperatorName.FILL_NON_ZERO_AND_STROKE, OperatorName.FILL_EVEN_ODD_AND_STROKE,
            OperatorName.CLOSE_FILL_NON_ZERO_AND_STROKE, OperatorName.CLOSE_FILL_EVEN_ODD_AND_STROKE,
            OperatorName.STROKE_PATH, OperatorName.CLOSE_AND_STROKE, OperatorName.SHADING_FILL,
            OperatorName.SHOW_TEXT, OperatorName.SHOW_TEXT_ADJUSTED, OperatorName.SHOW_TEXT_LINE,
            OperatorName.SHOW_TEXT_LINE_AND_SPACE);

    private final List<Drawn> images = new ArrayList<>();
    private boolean other;

    private DrawnImages() {
        addOperator(new Concatenate(this));
        addOperator(new DrawObject(this));
        addOperator(new SetGraphicsStateParameters(this));
        addOperator(new Save(this));
        addOperator(new Restore(this));
        addOperator(new SetMatrix(this));
    }

    static DrawnImages of(PDPage page) throws IOException {
        DrawnImages found = new DrawnImages();
        found.processPage(page);
        return found;
    }

    /** The images drawn, stencil masks left out, in the order they are drawn. */
    List<Drawn> images() {
        return images;
    }

    /** Whether the page paints something besides its images (a stencil mask counts: it is paint in a shape). */
    boolean paintsOther() {
        return other;
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        String name = operator.getName();
        if (OTHER_PAINTING.contains(name)) {
            other = true;
            return;
        }
        if (OperatorName.DRAW_OBJECT.equals(name) && !operands.isEmpty() && operands.get(0) instanceof COSName n) {
            PDXObject xobject = getResources().getXObject(n);
            if (xobject instanceof PDImageXObject image) {
                if (image.isStencil()) {
                    other = true;
                } else {
                    boolean masked = image.getCOSObject().containsKey(COSName.SMASK)
                            || image.getCOSObject().containsKey(COSName.MASK);
                    images.add(new Drawn(image, getGraphicsState().getCurrentTransformationMatrix().clone(), masked));
                }
                return;
            }
        }
        super.processOperator(operator, operands);
    }
}
