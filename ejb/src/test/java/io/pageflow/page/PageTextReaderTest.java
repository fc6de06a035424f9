package io.pageflow.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** One pass over real PDFBox-made pages: what each page paints, and the decision it leads to. */
class PageTextReaderTest {

    @Test
    void readsEachPageOfARangeOnItsOwn() throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            textPage(pdf, "1 Introduction .......................... 1", RenderingMode.FILL);
            pdf.addPage(new PDPage(PDRectangle.A4));
            PDPage drawn = new PDPage(PDRectangle.A4);
            pdf.addPage(drawn);
            try (PDPageContentStream content = new PDPageContentStream(pdf, drawn)) {
                content.addRect(100, 100, 200, 200);
                content.fill();
            }
            imagePage(pdf, "Hidden OCR layer of a scanned page with enough words to count", RenderingMode.NEITHER);
            textPage(pdf, "2 Unified system ........................ 3", RenderingMode.FILL);

            Map<Integer, PageReading> pages = PageTextReader.read(pdf, 1, 5);

            assertEquals("1 Introduction .......................... 1", pages.get(1).text());
            assertEquals(TextLayer.Reasons.TEXT_LAYER, TextLayer.decide(pages.get(1)).reason());
            assertTrue(pages.get(2).paintsNothing(), pages.get(2).toString());
            assertEquals(TextLayer.Reasons.BLANK_NO_CONTENT, TextLayer.decide(pages.get(2)).reason());
            assertEquals(1, pages.get(3).paths(), pages.get(3).toString());
            assertEquals(TextLayer.Reasons.NO_TEXT_LAYER, TextLayer.decide(pages.get(3)).reason());
            assertEquals(1, pages.get(4).images(), pages.get(4).toString());
            assertTrue(pages.get(4).imageCoverage() > 0.99, pages.get(4).toString());
            assertEquals(pages.get(4).glyphs(), pages.get(4).invisibleGlyphs());
            assertEquals(TextLayer.Reasons.INVISIBLE_TEXT_OVER_IMAGE, TextLayer.decide(pages.get(4)).reason());
            assertEquals("2 Unified system ........................ 3", pages.get(5).text());
        }
    }

    @Test
    void readsAPartOfTheDocument() throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            for (int i = 1; i <= 4; i++) {
                textPage(pdf, "Page number " + i, RenderingMode.FILL);
            }
            Map<Integer, PageReading> pages = PageTextReader.read(pdf, 2, 3);
            assertEquals(2, pages.size(), pages.toString());
            assertEquals("Page number 3", pages.get(3).text());
        }
    }

    @Test
    void readsBoldDrawnTwiceOnce() throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                // a word processor's bold: the line again, 0.4 pt to the right; then a word repeated further on
                for (float shift : new float[] {0f, 0.4f}) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    content.newLineAtOffset(72 + shift, 700);
                    content.showText("Heading");
                    content.endText();
                }
                writeLine(content, "", RenderingMode.FILL);
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 650);
                content.showText("go go");
                content.endText();
            }
            String text = PageTextReader.read(pdf, 1, 1).get(1).text();
            assertEquals("Heading\ngo go", text);
            assertEquals(PageTextReader.normalize(stripped(pdf, 1)), text);
        }
    }

    /** Page by page the same text as PDFBox's own stripper, which drops overlapping glyphs by its own means. */
    @Test
    void readsTheSameTextAsPdfBoxOnARealManual() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(new File("../docs/samples/shared-mime-info-spec.pdf"))) {
            Map<Integer, PageReading> pages = PageTextReader.read(pdf, 1, pdf.getNumberOfPages());
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                assertEquals(PageTextReader.normalize(stripped(pdf, page)), pages.get(page).text(), "page " + page);
            }
        }
    }

    private static String stripped(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf);
    }

    private static void textPage(PDDocument pdf, String line, RenderingMode mode) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        pdf.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
            writeLine(content, line, mode);
        }
    }

    private static void imagePage(PDDocument pdf, String hidden, RenderingMode mode) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        pdf.addPage(page);
        BufferedImage scan = new BufferedImage(200, 280, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scan.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 200, 280);
        g.setColor(Color.BLACK);
        g.drawString("scanned", 20, 40);
        g.dispose();
        PDImageXObject image = LosslessFactory.createFromImage(pdf, scan);
        try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
            content.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
            writeLine(content, hidden, mode);
        }
    }

    private static void writeLine(PDPageContentStream content, String line, RenderingMode mode) throws IOException {
        content.beginText();
        content.setRenderingMode(mode);
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        content.newLineAtOffset(72, 700);
        content.showText(line);
        content.endText();
    }
}
