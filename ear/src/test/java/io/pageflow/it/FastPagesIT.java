package io.pageflow.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.pageflow.client.model.JobView;
import io.pageflow.client.model.PageView;

/**
 * Born-digital pages on the fast path: read in the split stage's pass over the document (no page message, no page
 * PDF, no image until asked), tables of contents kept from their text layer, blank pages completed blank instead of
 * OCR'd and failed, and a mixed page (text plus a figure with words) read as docs/pipeline.md says.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FastPagesIT {

    static final TestApi api = new TestApi();
    static final Path STORAGE = Path.of(System.getProperty("pageflow.storage.dir", "target/it-storage"));
    static final List<String> TOC = List.of("Contents", "1 Introduction ........................................ 1",
            "2 Unified system ...................................... 3", "2.1 Directory layout .................................. 4",
            "2.2 The source XML files .............................. 5", "3 Index ............................................... 9");

    @Test
    void aTableOfContentsPageKeepsItsTextLayer() {
        byte[] pdf = TestDocuments.bornDigitalPdf(List.of(TOC, TestDocuments.lines(1401, 10)));
        JobView job = api.awaitEnd(submit("toc.pdf", pdf), Duration.ofMinutes(2));
        assertEquals("completed", job.getStatus(), job::toString);
        PageView toc = api.page(job.getId(), 1);
        assertEquals("text-layer", toc.getTextSource(), toc::toString);
        assertEquals("text-layer", toc.getTextSourceReason(), toc::toString);
        assertFalse(toc.getBlank());
        String text = api.text(job.getDocumentId(), 1);
        for (String line : TOC) {
            assertTrue(text.contains(line), () -> "the contents line '" + line + "' is kept: " + text);
        }
        assertEquals(0, api.countEvents(job.getId(), "retry.scheduled", 0));
    }

    @Test
    void aBlankPageIsBlankNotFailed() {
        byte[] pdf;
        try (PDDocument document = new PDDocument()) {
            textPage(document, TestDocuments.lines(1402, 6));
            document.addPage(new PDPage(PDRectangle.A4)); // nothing painted at all
            PDPage white = new PDPage(PDRectangle.A4); // a scanned blank sheet: an image, near-uniform
            document.addPage(white);
            BufferedImage sheet = new BufferedImage(827, 1169, BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D g = sheet.createGraphics();
            g.setColor(new Color(236, 236, 236));
            g.fillRect(0, 0, sheet.getWidth(), sheet.getHeight());
            g.dispose();
            try (PDPageContentStream content = new PDPageContentStream(document, white)) {
                content.drawImage(LosslessFactory.createFromImage(document, sheet), 0, 0, PDRectangle.A4.getWidth(),
                        PDRectangle.A4.getHeight());
            }
            pdf = save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JobView job = api.awaitEnd(submit("with-blanks.pdf", pdf), Duration.ofMinutes(2));
        assertEquals("completed", job.getStatus(), job::toString);
        assertEquals(3, job.getPagesDone(), job::toString);
        assertEquals(0, job.getPagesFailed(), job::toString);
        List<PageView> pages = api.pages(job.getId());
        assertFalse(pages.get(0).getBlank(), pages::toString);
        assertBlank(pages.get(1), "blank-no-content");
        assertBlank(pages.get(2), "blank-uniform-image");
        assertEquals("", api.text(job.getDocumentId(), 2));
        assertEquals("", api.text(job.getDocumentId(), 3));
    }

    /** {@code -Dit.blank.pages=2000} (with {@code -Dit.pdf.max-pages=2500}) for the figure; the time is printed. */
    @Test
    void aDocumentOfBlankPagesCompletesEveryPageBlank() {
        int count = Integer.getInteger("it.blank.pages", 300);
        byte[] pdf;
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i < count; i++) {
                document.addPage(new PDPage(PDRectangle.A4));
            }
            pdf = save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long started = System.nanoTime();
        JobView job = api.awaitEnd(submit("blank-pages.pdf", pdf), Duration.ofMinutes(10));
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf(Locale.ROOT, "FastPagesIT: %d blank pages, job %s in %d ms (submit to end; %s to %s)%n", count,
                job.getStatus(), millis, job.getStartedAt(), job.getCompletedAt());
        assertEquals("completed", job.getStatus(), job::toString);
        assertEquals(count, job.getPagesDone(), job::toString);
        assertEquals(0, job.getPagesFailed(), job::toString);
        List<PageView> pages = api.pages(job.getId());
        assertEquals(count, pages.size());
        pages.forEach(page -> assertBlank(page, "blank-no-content"));
        assertEquals(0, api.countEvents(job.getId(), "retry.scheduled", 0));
    }

    @Test
    void theImageOfABornDigitalPageIsMadeOnFirstRequestAndIdenticalAfterwards() {
        byte[] pdf = TestDocuments.bornDigitalPdf(List.of(TestDocuments.lines(1403, 8), TestDocuments.lines(1404, 8)));
        JobView job = api.awaitEnd(submit("lazy.pdf", pdf), Duration.ofMinutes(2));
        assertEquals("completed", job.getStatus(), job::toString);
        PageView page = api.page(job.getId(), 2);
        assertTrue(page.getHasImage(), "the API promises an image for every completed PDF page: " + page);
        Path image = STORAGE.resolve(String.format(Locale.ROOT, "documents/%d/pages/page-0002.png", job.getDocumentId()));
        Path pagePdf = STORAGE.resolve(String.format(Locale.ROOT, "documents/%d/pages/page-0002.pdf", job.getDocumentId()));
        assertFalse(Files.exists(image), "no image before anyone asks for it: " + image);
        assertFalse(Files.exists(pagePdf), "a page read from its text layer is never cut into a PDF of its own");

        byte[] first = TestApi.bytes(TestApi.call(() -> api.documents.getPageImage(job.getDocumentId(), 2)));
        assertEquals((byte) 0x89, first[0], "a PNG");
        assertTrue(Files.exists(image), "made on the first request and kept: " + image);
        byte[] second = TestApi.bytes(TestApi.call(() -> api.documents.getPageImage(job.getDocumentId(), 2)));
        assertArrayEquals(first, second, "the second request gets the same image");
        assertEquals(2, api.countEvents(job.getId(), "page.started", 0), "each page started once, with the split");
    }

    /**
     * A page of text with a scanned figure that holds words of its own: read from its text layer, the figure's
     * words are not in the page's text (docs/pipeline.md, "Mixed pages"), and the reason says the page has images.
     */
    @Test
    void aMixedPageBehavesAsDocumented() {
        List<String> lines = TestDocuments.lines(1405, 6);
        JobView job = api.awaitEnd(submit("mixed.pdf", mixedPage(lines)), Duration.ofMinutes(2));
        assertEquals("completed", job.getStatus(), job::toString);
        PageView page = api.page(job.getId(), 1);
        assertEquals("text-layer", page.getTextSource(), page::toString);
        assertEquals("text-layer-with-images", page.getTextSourceReason(), page::toString);
        String text = api.text(job.getDocumentId(), 1);
        lines.forEach(line -> assertTrue(text.contains(line), () -> "the text layer is read: " + text));
        assertFalse(text.toUpperCase(Locale.ROOT).contains("ZEPHYR"), () -> "the figure is not OCR'd: " + text);
        assertFalse(job.getOcrImages(), job::toString);
    }

    /**
     * The same mixed page in a job that asks for its images to be read ({@code ocrImages=true}): the text layer, and
     * after it the words of the figure, with a reason that says so.
     */
    @Test
    void aMixedPageHasItsFigureReadWhenTheJobAsks() {
        List<String> lines = TestDocuments.lines(1406, 6);
        byte[] pdf = mixedPage(lines);
        JobView submitted = api.submitAccepted(List.of(new PageflowClient.FilePart("mixed-ocr.pdf", "application/pdf",
                pdf)), Map.of("ocrImages", "true"));
        assertTrue(submitted.getOcrImages(), submitted::toString);
        JobView job = api.awaitEnd(submitted.getId(), Duration.ofMinutes(2));
        assertEquals("completed", job.getStatus(), job::toString);
        PageView page = api.page(job.getId(), 1);
        assertEquals("text-layer", page.getTextSource(), page::toString);
        assertEquals("text-layer-and-images-ocr", page.getTextSourceReason(), page::toString);
        String text = api.text(job.getDocumentId(), 1);
        lines.forEach(line -> assertTrue(text.contains(line), () -> "the text layer is read: " + text));
        String figure = text.substring(text.indexOf(lines.get(lines.size() - 1)));
        assertTrue(figure.toUpperCase(Locale.ROOT).contains("QUARTERLY ZEPHYR CHART"),
                () -> "the figure's words follow the text layer: " + text);
    }

    /** A page of text lines with a scanned figure holding words of its own, over about a third of the page. */
    private static byte[] mixedPage(List<String> lines) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDImageXObject figure = LosslessFactory.createFromImage(document, figure("QUARTERLY ZEPHYR CHART"));
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                TestDocuments.writeLines(content, new PDType1Font(Standard14Fonts.FontName.HELVETICA), lines);
                content.drawImage(figure, 60, 80, 475, 380);
            }
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertBlank(PageView page, String reason) {
        assertEquals("completed", page.getStatus(), page::toString);
        assertTrue(page.getBlank(), page::toString);
        assertEquals("none", page.getTextSource(), page::toString);
        assertEquals(reason, page.getTextSourceReason(), page::toString);
        assertEquals(null, page.getErrorCode(), page::toString);
    }

    private static BufferedImage figure(String words) {
        BufferedImage image = new BufferedImage(1500, 1200, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 90));
        g.drawString(words, 60, 600);
        g.drawRect(20, 20, 1460, 1160);
        g.dispose();
        return image;
    }

    private static void textPage(PDDocument document, List<String> lines) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            TestDocuments.writeLines(content, new PDType1Font(Standard14Fonts.FontName.HELVETICA), lines);
        }
    }

    private static long submit(String name, byte[] pdf) {
        return api.submitAccepted(List.of(new PageflowClient.FilePart(name, "application/pdf", pdf)), Map.of()).getId();
    }

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }
}
