package io.pageflow.it;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Documents made by the tests themselves: born-digital PDFs, scanned pages and scanned PDFs with known text. */
final class TestDocuments {

    private static final String[] WORDS = ("budget committee quarterly report meeting schedule invoice supplier "
            + "contract delivery warehouse inventory customer account payment balance review approval policy "
            + "training office manager department project deadline summary analysis forecast revenue expense "
            + "travel request equipment maintenance service agreement renewal customer feedback survey").split(" ");

    private TestDocuments() {
    }

    /** Lines of plain business prose, different for every page and seed. */
    static List<String> lines(long seed, int count) {
        Random random = new Random(seed);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder line = new StringBuilder("The");
            for (int w = 0; w < 9; w++) {
                line.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
            }
            lines.add(line.append('.').toString());
        }
        return lines;
    }

    /** Lines of 11-point text from the top left of an A4 page, as the test PDFs write them. */
    static void writeLines(PDPageContentStream content, PDType1Font font, List<String> lines) throws IOException {
        content.beginText();
        content.setFont(font, 11);
        content.setLeading(16);
        content.newLineAtOffset(60, 770);
        for (String line : lines) {
            content.showText(line);
            content.newLine();
        }
        content.endText();
    }

    /** A PDF with a real text layer: one page per entry, each line written with Helvetica. */
    static byte[] bornDigitalPdf(List<List<String>> pages) {
        try (PDDocument pdf = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (List<String> lines : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                pdf.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                    writeLines(content, font, lines);
                }
            }
            return save(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page as a scanner would give it: black text on white at 200 DPI, no text layer. */
    static BufferedImage scannedPage(List<String> lines) {
        int width = 1654;
        int height = 2339;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 34));
        int y = 200;
        for (String line : lines) {
            g.drawString(line, 150, y);
            y += 60;
        }
        g.dispose();
        return image;
    }

    static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** An image-only PDF, one scanned page image per page, like a scanner's output. */
    static byte[] scannedPdf(List<BufferedImage> images) {
        try (PDDocument pdf = new PDDocument()) {
            for (BufferedImage image : images) {
                PDPage page = new PDPage(PDRectangle.A4);
                pdf.addPage(page);
                PDImageXObject xobject = LosslessFactory.createFromImage(pdf, image);
                try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                    content.drawImage(xobject, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            return save(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] save(PDDocument pdf) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.save(out);
        return out.toByteArray();
    }
}
