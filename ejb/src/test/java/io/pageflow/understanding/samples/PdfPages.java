package io.pageflow.understanding.samples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A page drawn as a born-digital PDF with PDFBox and a standard-14 font (Helvetica, Times or Courier). Those
 * fonts have no rupee sign: ₹ is drawn as "Rs.", as many billing programs that use them do.
 */
public final class PdfPages {

    private PdfPages() {
    }

    public static byte[] pdf(PageDrawing page) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage pdfPage = new PDPage(PDRectangle.A4);
            document.addPage(pdfPage);
            PDFont regular = font(page.face(), false);
            PDFont bold = font(page.face(), true);
            try (PDPageContentStream content = new PDPageContentStream(document, pdfPage)) {
                for (float[] r : page.rules) {
                    content.setLineWidth(0.6f);
                    content.moveTo(r[0], PageDrawing.HEIGHT - r[1]);
                    content.lineTo(r[2], PageDrawing.HEIGHT - r[3]);
                    content.stroke();
                }
                for (PageDrawing.Run run : page.runs()) {
                    PDFont font = run.bold() ? bold : regular;
                    String text = printable(run.text());
                    float width = font.getStringWidth(text) / 1000 * run.size();
                    content.beginText();
                    content.setFont(font, run.size());
                    content.newLineAtOffset(run.right() ? run.x() - width : run.x(), PageDrawing.HEIGHT - run.y());
                    content.showText(text);
                    content.endText();
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a standard-14 font can show of the text. */
    public static String printable(String text) {
        return text.replace("₹ ", "Rs. ").replace("₹", "Rs.");
    }

    private static PDFont font(PageDrawing.Face face, boolean bold) {
        Standard14Fonts.FontName name = switch (face) {
            case SANS -> bold ? Standard14Fonts.FontName.HELVETICA_BOLD : Standard14Fonts.FontName.HELVETICA;
            case SERIF -> bold ? Standard14Fonts.FontName.TIMES_BOLD : Standard14Fonts.FontName.TIMES_ROMAN;
            case MONO -> bold ? Standard14Fonts.FontName.COURIER_BOLD : Standard14Fonts.FontName.COURIER;
        };
        return new PDType1Font(name);
    }
}
