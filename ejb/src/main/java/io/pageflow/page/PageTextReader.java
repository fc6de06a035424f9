package io.pageflow.page;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Reads the text of a range of pages in one pass of PDFBox's stripper, page by page, and notes per page what the
 * text-layer decision needs: unmapped and invisible glyphs, images and their area, painted paths. One instance reads
 * one range of one document (the stripper keeps state between pages).
 */
public class PageTextReader extends PDFTextStripper {

    private static final java.util.Set<String> PAINTING = java.util.Set.of("S", "s", "f", "F", "f*", "B", "B*", "b",
            "b*", "sh");

    private final Map<Integer, PageReading> readings = new HashMap<>();
    private final StringWriter buffer = new StringWriter();
    private final OverlappingGlyphs drawn = new OverlappingGlyphs();
    /** Whether each open marked-content sequence carries an {@code /ActualText}, as the stripper tracks it. */
    private final Deque<Boolean> actualTexts = new ArrayDeque<>();
    private boolean inActualText;
    private int glyphs;
    private int unmapped;
    private int invisible;
    private int images;
    private double imageArea;
    private int paths;
    private long started;

    /**
     * Reads pages {@code first} to {@code last} (1-based, inclusive) of {@code pdf}. A page without a content stream
     * is read as one that paints nothing.
     */
    public static Map<Integer, PageReading> read(PDDocument pdf, int first, int last) throws IOException {
        PageTextReader reader = new PageTextReader();
        reader.setStartPage(first);
        reader.setEndPage(last);
        reader.writeText(pdf, reader.buffer);
        for (int page = first; page <= last; page++) {
            reader.readings.putIfAbsent(page, new PageReading("", 0, 0, 0, 0, 0, 0, 0));
        }
        return reader.readings;
    }

    /** Text drawn twice over itself is dropped as the stripper would drop it, by {@link OverlappingGlyphs}. */
    private PageTextReader() {
        setSuppressDuplicateOverlappingText(false);
    }

    /** Unix line ends, no trailing spaces, no leading or trailing blank lines, no NUL (PostgreSQL's text refuses it). */
    public static String normalize(String text) {
        return text.replace("\u0000", "").replace("\r\n", "\n").replace('\r', '\n').replaceAll("[ \\t]+\n", "\n").strip();
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        buffer.getBuffer().setLength(0);
        glyphs = unmapped = invisible = images = paths = 0;
        imageArea = 0;
        started = System.nanoTime();
        drawn.clear();
        super.startPage(page);
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
        super.endPage(page);
        PDRectangle box = page.getCropBox();
        double pageArea = Math.max(1, (double) box.getWidth() * box.getHeight());
        readings.put(getCurrentPageNo(), new PageReading(normalize(buffer.toString()), glyphs, unmapped,
                invisible, images, Math.min(1, imageArea / pageArea), paths, (System.nanoTime() - started) / 1_000_000));
    }

    @Override
    protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement) throws IOException {
        glyphs++;
        if (font.toUnicode(code) == null) {
            unmapped++;
        }
        if (getGraphicsState().getTextState().getRenderingMode() == RenderingMode.NEITHER) {
            invisible++;
        }
        super.showGlyph(textRenderingMatrix, font, code, displacement);
    }

    /** The stripper does not drop overlapping glyphs of an {@code /ActualText} sequence: neither is it done here. */
    @Override
    protected void processTextPosition(TextPosition text) {
        String unicode = text.getUnicode();
        if (!inActualText && drawn.drawnBefore(unicode, text.getX(), text.getY(), text.getWidth() / unicode.length() / 3.0f)) {
            return;
        }
        super.processTextPosition(text);
    }

    @Override
    public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
        inActualText = PDMarkedContent.create(tag, properties).getActualText() != null;
        actualTexts.push(inActualText);
        super.beginMarkedContentSequence(tag, properties);
    }

    @Override
    public void endMarkedContentSequence() {
        if (!actualTexts.isEmpty() && actualTexts.pop()) {
            inActualText = false;
        }
        super.endMarkedContentSequence();
    }

    /** Sees every operator, also those the stripper ignores, to note what is painted besides text. */
    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        String name = operator.getName();
        if (PAINTING.contains(name)) {
            paths++;
        } else if ("BI".equals(name)) {
            image();
        } else if ("Do".equals(name) && !operands.isEmpty() && operands.get(0) instanceof COSName xobject) {
            PDResources resources = getResources();
            if (resources != null && resources.isImageXObject(xobject)) {
                image();
            }
        }
        super.processOperator(operator, operands);
    }

    /** An image is drawn into the unit square, so its area on the page is the determinant of the current matrix. */
    private void image() {
        images++;
        Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
        imageArea += Math.abs((double) ctm.getScaleX() * ctm.getScaleY() - (double) ctm.getShearX() * ctm.getShearY());
    }
}
