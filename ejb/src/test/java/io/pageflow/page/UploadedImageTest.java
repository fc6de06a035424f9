package io.pageflow.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

import org.junit.jupiter.api.Test;

class UploadedImageTest {

    @Test
    void aPngIsReadAtTheResolutionItDeclares() throws IOException {
        UploadedImage image = UploadedImage.read(new ByteArrayInputStream(png(1700, 2200, 200)));
        assertEquals(200, image.dpi());
        assertTrue(image.declared());
        assertEquals(1700, image.image().getWidth());
    }

    @Test
    void aJpegIsReadAtTheResolutionItDeclares() throws IOException {
        UploadedImage image = UploadedImage.read(new ByteArrayInputStream(write("jpeg", 1275, 1650, 150)));
        assertEquals(150, image.dpi());
    }

    @Test
    void withoutAResolutionAnImageIsAThreeHundredDpiScan() throws IOException {
        UploadedImage image = UploadedImage.read(new ByteArrayInputStream(png(2480, 3508, 0)));
        assertEquals(UploadedImage.ASSUMED_DPI, image.dpi());
        assertFalse(image.declared());
    }

    @Test
    void aResolutionThatMakesNoBelievablePageIsIgnored() throws IOException {
        // 2,480 pixels at 72 DPI would be a page 34 inches wide: software wrote 72 whatever the scan
        UploadedImage image = UploadedImage.read(new ByteArrayInputStream(png(2480, 3508, 72)));
        assertEquals(UploadedImage.ASSUMED_DPI, image.dpi());
        assertFalse(image.declared());
    }

    @Test
    void bytesOfNoKnownFormatAreNoImage() throws IOException {
        assertNull(UploadedImage.read(new ByteArrayInputStream("not an image".getBytes())));
    }

    private static byte[] png(int width, int height, int dpi) throws IOException {
        return write("png", width, height, dpi);
    }

    /** A white grey image in the format, declaring {@code dpi} (none when 0) in the format's own way. */
    private static byte[] write(String format, int width, int height, int dpi) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image),
                writer.getDefaultWriteParam());
        if (dpi > 0 && format.equals("png")) {
            IIOMetadataNode physical = new IIOMetadataNode("pHYs");
            String perMetre = Integer.toString((int) Math.round(dpi / 0.0254));
            physical.setAttribute("pixelsPerUnitXAxis", perMetre);
            physical.setAttribute("pixelsPerUnitYAxis", perMetre);
            physical.setAttribute("unitSpecifier", "meter");
            IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
            root.appendChild(physical);
            metadata.mergeTree("javax_imageio_png_1.0", root);
        } else if (dpi > 0) {
            IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree("javax_imageio_jpeg_image_1.0");
            IIOMetadataNode jfif = (IIOMetadataNode) root.getElementsByTagName("app0JFIF").item(0);
            jfif.setAttribute("resUnits", "1");
            jfif.setAttribute("Xdensity", Integer.toString(dpi));
            jfif.setAttribute("Ydensity", Integer.toString(dpi));
            metadata.setFromTree("javax_imageio_jpeg_image_1.0", root);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, metadata), writer.getDefaultWriteParam());
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
