package io.pageflow.page;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.DeflaterOutputStream;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Page images put into test PDFs the way scanners store them. */
public final class ScannedPdfImages {

    private ScannedPdfImages() {
    }

    /**
     * A grey image stored with its values as they are (DeviceGray, Flate). PDFBox's LosslessFactory reads a grey
     * image through {@code getRGB}, which converts Java's linear grey to sRGB and stores every grey lighter than it
     * was: a reader of the PDF would see a paler page than the image.
     */
    public static PDImageXObject grey(PDDocument pdf, BufferedImage image) throws IOException {
        byte[] pixels = new byte[image.getWidth() * image.getHeight()];
        image.getRaster().getDataElements(0, 0, image.getWidth(), image.getHeight(), pixels);
        ByteArrayOutputStream deflated = new ByteArrayOutputStream();
        try (DeflaterOutputStream out = new DeflaterOutputStream(deflated)) {
            out.write(pixels);
        }
        return new PDImageXObject(pdf, new ByteArrayInputStream(deflated.toByteArray()), COSName.FLATE_DECODE,
                image.getWidth(), image.getHeight(), 8, PDDeviceGray.INSTANCE);
    }
}
