package io.pageflow.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.Deflater;

import io.pageflow.client.model.JobView;
import io.pageflow.client.model.PageView;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import org.junit.jupiter.api.AfterAll;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every step of a page has a bound: OCR a deadline, rendering the pixel limit. Pages built to run past them end
 * with their own error code, the pages beside them complete, and the server never runs out of memory.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BoundedWorkIT {

    static final TestApi api = new TestApi();
    /** The test server's log, in the base folder ear/pom.xml gives it. */
    static final Path SERVER_LOG = Path.of(System.getProperty("it.base.dir", "target/wildfly-base"), "log", "server.log");

    @AfterAll
    static void theServerNeverRanOutOfMemory() throws IOException {
        assertTrue(Files.isRegularFile(SERVER_LOG), "no server log at " + SERVER_LOG);
        try (Stream<String> lines = Files.lines(SERVER_LOG, StandardCharsets.UTF_8)) {
            assertFalse(lines.anyMatch(line -> line.contains("OutOfMemoryError")), "the server log has an OutOfMemoryError");
        }
    }

    /**
     * The test server's OCR deadline is 30 s (PAGEFLOW_OCR_TIMEOUT_SECONDS in ear/pom.xml's failsafe environment); a 7000 × 7000 page
     * packed with small text takes Tesseract about three minutes on an idle core of the machines these tests run
     * on, and an ordinary page 1–7 s: the dense page runs past the deadline twice (it is retried once), and the
     * ordinary page of the same job completes.
     */
    @Test
    void aPageOverItsOcrDeadlineFailsWithOcrTimeoutAndTheNextPageCompletes() {
        List<String> lines = TestDocuments.lines(701, 4);
        JobView job = api.submitAccepted(List.of(
                new PageflowClient.FilePart("dense.png", "image/png", TestDocuments.png(densePage())),
                new PageflowClient.FilePart("plain.png", "image/png", TestDocuments.png(TestDocuments.scannedPage(lines)))),
                Map.of("title", "ocr deadline"));
        long id = job.getId();
        JobView ended = api.awaitEnd(id, Duration.ofMinutes(5));
        assertEquals("completed", ended.getStatus(), "a page failure does not fail the job: " + ended);

        List<PageView> pages = api.pages(id);
        PageView dense = pages.get(0);
        assertEquals("failed", dense.getStatus(), dense::toString);
        assertEquals("OCR_TIMEOUT", dense.getErrorCode(), dense::toString);
        assertEquals(2, dense.getAttempts(), "OCR_TIMEOUT is retried once, then terminal: " + dense);
        PageView plain = pages.get(1);
        assertEquals("completed", plain.getStatus(), plain::toString);
        String text = api.text(ended.getDocumentId(), 2);
        assertTrue(text.contains(lines.get(0).split(" ")[0]), text);
    }

    /**
     * 200 × 200 inches: the text page is shown at a lower resolution, the page to OCR is refused by name, and an
     * empty page of that size is blank (nothing to render).
     */
    @Test
    void aPageWithAHugeMediaBoxEndsWithinAMinute() throws IOException {
        PDRectangle huge = new PDRectangle(200 * 72f, 200 * 72f);
        byte[] pdf;
        try (PDDocument document = new PDDocument()) {
            PDPage withText = new PDPage(huge);
            document.addPage(withText);
            try (PDPageContentStream content = new PDPageContentStream(document, withText)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 300);
                content.newLineAtOffset(720, 7200);
                content.showText("A poster two hundred inches wide");
                content.endText();
            }
            PDPage drawn = new PDPage(huge);
            document.addPage(drawn);
            try (PDPageContentStream content = new PDPageContentStream(document, drawn)) {
                content.addRect(720, 720, 7200, 7200);
                content.stroke();
            }
            document.addPage(new PDPage(huge));
            pdf = save(document);
        }
        JobView ended = api.awaitEnd(submit("poster.pdf", pdf), Duration.ofMinutes(1));
        List<PageView> pages = api.pages(ended.getId());
        assertEquals("completed", pages.get(0).getStatus(), pages.toString());
        assertEquals("text-layer", pages.get(0).getTextSource());
        assertTrue(pages.get(0).getHasImage(), pages.toString());
        byte[] image = TestApi.bytes(TestApi.call(() -> api.documents.getPageImage(ended.getDocumentId(), 1)));
        assertEquals((byte) 0x89, image[0], "the page image is rendered, on request, at a resolution that fits");
        assertEquals("failed", pages.get(1).getStatus(), "a page that paints something and is too large to render: "
                + pages);
        assertEquals("PAGE_TOO_LARGE", pages.get(1).getErrorCode());
        assertEquals("completed", pages.get(2).getStatus(), "a page that paints nothing is blank at any size: " + pages);
        assertTrue(pages.get(2).getBlank(), pages.toString());
    }

    /**
     * About 110 KB of PDF that draws a 30,000 × 30,000 1-bit image (112 MB unpacked, 900 million pixels): the
     * renderer decodes it subsampled to the output resolution, so the page is rendered (and found blank, without
     * OCR) instead of exhausting the heap.
     */
    @Test
    void aSmallPdfDrawingAHugeImageEndsWithinAMinute() throws IOException {
        byte[] pdf = hugeImagePdf(30_000);
        assertTrue(pdf.length < 200_000, "the PDF is small: " + pdf.length + " bytes");
        JobView ended = api.awaitEnd(submit("huge-image.pdf", pdf), Duration.ofMinutes(1));
        PageView page = api.pages(ended.getId()).get(0);
        assertEquals("completed", page.getStatus(), page::toString);
        assertTrue(page.getBlank(), "rendered, and its image is blank: " + page);
        assertEquals("blank-uniform-image", page.getTextSourceReason(), page::toString);
    }

    private static long submit(String name, byte[] pdf) {
        return api.submitAccepted(List.of(new PageflowClient.FilePart(name, "application/pdf", pdf)), Map.of())
                .getId();
    }

    /** A letter page drawing one white {@code side × side} 1-bit image, its Flate stream deflated here in slices. */
    static byte[] hugeImagePdf(int side) throws IOException {
        byte[] deflated = deflatedZeros((long) side / 8 * side);
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            document.addPage(page);
            COSStream stream = document.getDocument().createCOSStream();
            try (var out = stream.createRawOutputStream()) {
                out.write(deflated);
            }
            stream.setItem(COSName.TYPE, COSName.XOBJECT);
            stream.setItem(COSName.SUBTYPE, COSName.IMAGE);
            stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
            stream.setInt(COSName.WIDTH, side);
            stream.setInt(COSName.HEIGHT, side);
            stream.setInt(COSName.BITS_PER_COMPONENT, 1);
            stream.setItem(COSName.COLORSPACE, COSName.DEVICEGRAY);
            // zero bits drawn white, so that the page is blank
            COSArray decode = new COSArray();
            decode.add(COSInteger.ONE);
            decode.add(COSInteger.ZERO);
            stream.setItem(COSName.DECODE, decode);
            PDImageXObject image = new PDImageXObject(new PDStream(stream), null);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(image, 0, 0, PDRectangle.LETTER.getWidth(), PDRectangle.LETTER.getHeight());
            }
            return save(document);
        }
    }

    private static byte[] deflatedZeros(long length) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] zeros = new byte[1 << 20];
        byte[] buffer = new byte[64 * 1024];
        for (long left = length; left > 0; left -= zeros.length) {
            deflater.setInput(zeros, 0, (int) Math.min(zeros.length, left));
            while (!deflater.needsInput()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
        }
        deflater.finish();
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    /** 7000 × 7000 pixels (under the test server's 50-megapixel limit) of 28-pixel text, line after line. */
    static BufferedImage densePage() {
        int side = 7000;
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, side, side);
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 28));
        Random random = new Random(702);
        List<String> words = TestDocuments.lines(702, 40).stream().flatMap(l -> Stream.of(l.split(" "))).toList();
        for (int y = 100; y < side - 60; y += 36) {
            StringBuilder line = new StringBuilder();
            while (g.getFontMetrics().stringWidth(line.toString()) < side - 300) {
                line.append(words.get(random.nextInt(words.size()))).append(' ');
            }
            g.drawString(line.toString(), 100, y);
        }
        g.dispose();
        return image;
    }

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }
}
