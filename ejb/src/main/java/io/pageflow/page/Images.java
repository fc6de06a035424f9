package io.pageflow.page;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;

/** Small conversions of Java images before they go to Leptonica. */
final class Images {

    private Images() {
    }

    /**
     * The image as 8-bit grey; an image that already is one is returned as it is. The grey is the luma of the
     * sRGB values as they are: Java2D's own conversion to {@code TYPE_BYTE_GRAY} goes through linear light and
     * lightens every grey, which thins anti-aliased letters (Tesseract's orientation detection then misjudged an
     * upside-down page).
     */
    static BufferedImage grey(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            return image;
        }
        int width = image.getWidth();
        int height = image.getHeight();
        BufferedImage grey = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster out = grey.getRaster();
        int[] rgb = new int[width];
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            image.getRGB(0, y, width, 1, rgb, 0, width);
            for (int x = 0; x < width; x++) {
                int p = rgb[x];
                row[x] = (299 * ((p >> 16) & 0xFF) + 587 * ((p >> 8) & 0xFF) + 114 * (p & 0xFF) + 500) / 1000;
            }
            out.setPixels(0, y, width, 1, row);
        }
        return grey;
    }

    /** Whether the image has one bit per pixel: a fax or a scan made black and white by the scanner. */
    static boolean isBilevel(BufferedImage image) {
        return image.getColorModel().getPixelSize() == 1;
    }
}
