package io.pageflow.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Optional;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

/** Which PDF pages are read from their own image, and at what resolution. */
class ScanImageTest {

    static final long LIMIT = 100_000_000;

    /** A page of {@code widthIn × heightIn} inches with {@code image} drawn over the given share of it. */
    static Optional<PageImage> scan(BufferedImage image, float widthIn, float heightIn, float cover, boolean text)
            throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(widthIn * 72, heightIn * 72));
            pdf.addPage(page);
            PDImageXObject xobject = LosslessFactory.createFromImage(pdf, image);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.drawImage(xobject, 0, 0, widthIn * 72 * cover, heightIn * 72 * cover);
                if (text) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
                    content.newLineAtOffset(20, 20);
                    content.showText("a caption");
                    content.endText();
                }
            }
            return ScanImage.of(pdf, LIMIT);
        }
    }

    static BufferedImage grey(int width, int height) {
        return new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    }

    @Test
    void aFullPageScanIsReadAtItsOwnResolution() throws IOException {
        PageImage image = scan(grey(1700, 2200), 8.5f, 11, 1, false).orElseThrow();
        assertEquals(200, image.dpi());
        assertEquals(200, image.ocrDpi(), "200 DPI grey is read as it is");
        assertEquals(1700, image.image().getWidth(), "not rendered: the image's own pixels");
    }

    @Test
    void aLowResolutionScanIsUpscaled() throws IOException {
        PageImage image = scan(grey(816, 1056), 8.5f, 11, 1, false).orElseThrow();
        assertEquals(96, image.dpi());
        assertEquals(ScanImage.LOW_TARGET_DPI, image.ocrDpi());
    }

    @Test
    void a150DpiScanIsReadAsItIs() throws IOException {
        PageImage image = scan(grey(1275, 1650), 8.5f, 11, 1, false).orElseThrow();
        assertEquals(150, image.dpi());
        assertEquals(150, image.ocrDpi(), "measured as accurate as it is, and faster");
    }

    @Test
    void aBlackAndWhiteFaxIsUpscaled() throws IOException {
        BufferedImage fax = new BufferedImage(1700, 2200, BufferedImage.TYPE_BYTE_BINARY);
        PageImage image = scan(fax, 8.5f, 11, 1, false).orElseThrow();
        assertEquals(200, image.dpi());
        assertEquals(ScanImage.TARGET_DPI, image.ocrDpi());
        assertTrue(Images.isBilevel(image.image()));
    }

    @Test
    void upscalingStaysWithinThePixelLimit() {
        BufferedImage image = grey(816, 1056);
        int dpi = ScanImage.ocrDpi(image, 96, 2_000_000);
        assertTrue(dpi > 96 && dpi < 300, "upscaled as far as the limit allows: " + dpi);
        assertTrue((long) (816L * dpi / 96) * (1056L * dpi / 96) <= 2_000_000);
    }

    @Test
    void anythingElseIsRendered() throws IOException {
        assertTrue(scan(grey(1700, 2200), 8.5f, 11, 0.6f, false).isEmpty(), "an image over part of the page");
        assertTrue(scan(grey(1700, 2200), 8.5f, 11, 1, true).isEmpty(), "an image with text beside it");
    }

    @Test
    void greyAndBlackAndWhitePixelsAreReadAsPdfBoxReadsThem() throws IOException {
        java.util.Random random = new java.util.Random(3);
        BufferedImage grey = grey(1001, 37);
        BufferedImage fax = new BufferedImage(1001, 37, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < 37; y++) {
            for (int x = 0; x < 1001; x++) {
                grey.getRaster().setSample(x, y, 0, random.nextInt(256));
                fax.getRaster().setSample(x, y, 0, random.nextInt(2));
            }
        }
        try (PDDocument pdf = new PDDocument()) {
            for (PDImageXObject stored : java.util.List.of(ScannedPdfImages.grey(pdf, grey),
                    LosslessFactory.createFromImage(pdf, fax))) {
                BufferedImage read = ScanImage.greyAsStored(stored);
                java.awt.image.Raster expected = stored.getRawRaster();
                for (int y = 0; y < 37; y++) {
                    for (int x = 0; x < 1001; x++) {
                        int sample = expected.getSample(x, y, 0); // a 1-bit image's white comes as 255
                        assertEquals(read.getType() == BufferedImage.TYPE_BYTE_BINARY ? Math.min(sample, 1) : sample,
                                read.getRaster().getSample(x, y, 0), x + "," + y);
                    }
                }
            }
        }
    }
}
