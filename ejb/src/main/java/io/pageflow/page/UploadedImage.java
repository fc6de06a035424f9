package io.pageflow.page;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataFormatImpl;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;

import org.w3c.dom.NodeList;

/**
 * An uploaded page image, decoded with the resolution its file declares (PNG {@code pHYs}, JPEG JFIF density, TIFF
 * resolution tags) when that resolution is believable: a page 1 to 20 inches wide at 50 to 1,200 DPI. Software that
 * writes 72 DPI whatever the image (a 2,480-pixel scan would be a 34-inch page) is not believed, and neither is a
 * file that declares nothing: such images are read as {@value #ASSUMED_DPI} DPI scans, the common case.
 *
 * @param dpi the resolution the image is read at
 */
record UploadedImage(BufferedImage image, int dpi, boolean declared) {

    static final int ASSUMED_DPI = 300;
    private static final double MM_PER_INCH = 25.4;

    /** The image of the stream, or {@code null} when no reader of this server knows its format. */
    static UploadedImage read(InputStream in) throws IOException {
        try (ImageInputStream stream = ImageIO.createImageInputStream(in)) {
            Iterator<ImageReader> readers = stream == null ? null : ImageIO.getImageReaders(stream);
            if (readers == null || !readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(stream, true, false);
                BufferedImage image = reader.read(0);
                double dpi = declaredDpi(reader.getImageMetadata(0));
                boolean believable = dpi >= 50 && dpi <= 1200 && image.getWidth() / dpi >= 1 && image.getWidth() / dpi <= 20;
                return believable ? new UploadedImage(image, (int) Math.round(dpi), true)
                        : new UploadedImage(image, ASSUMED_DPI, false);
            } finally {
                reader.dispose();
            }
        }
    }

    /** The horizontal resolution in the format-neutral metadata, 0 when there is none. */
    static double declaredDpi(IIOMetadata metadata) {
        if (metadata == null || !metadata.isStandardMetadataFormatSupported()) {
            return 0;
        }
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(IIOMetadataFormatImpl.standardMetadataFormatName);
        NodeList sizes = root.getElementsByTagName("HorizontalPixelSize");
        if (sizes.getLength() == 0) {
            return 0;
        }
        try {
            double mmPerPixel = Double.parseDouble(((IIOMetadataNode) sizes.item(0)).getAttribute("value"));
            return mmPerPixel > 0 ? MM_PER_INCH / mmPerPixel : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
