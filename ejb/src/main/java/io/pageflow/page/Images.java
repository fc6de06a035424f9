package io.pageflow.page;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/** Small conversions of Java images before they go to Leptonica. */
final class Images {

    private Images() {
    }

    /** The image as 8-bit grey; an image that already is one is returned as it is. */
    static BufferedImage grey(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            return image;
        }
        BufferedImage grey = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = grey.createGraphics();
        try {
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return grey;
    }

    /** Whether the image has one bit per pixel: a fax or a scan made black and white by the scanner. */
    static boolean isBilevel(BufferedImage image) {
        return image.getColorModel().getPixelSize() == 1;
    }
}
