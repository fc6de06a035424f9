package io.pageflow.page;

import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
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
        int[] row = new int[width];
        int[] levels = lumaOfSamples(image);
        if (levels != null) {
            // one band of a few bits (a fax): each sample's grey looked up once, not converted pixel by pixel
            Raster raster = image.getRaster();
            for (int y = 0; y < height; y++) {
                raster.getSamples(0, y, width, 1, 0, row);
                for (int x = 0; x < width; x++) {
                    row[x] = levels[row[x]];
                }
                out.setPixels(0, y, width, 1, row);
            }
            return grey;
        }
        int[] rgb = new int[width];
        for (int y = 0; y < height; y++) {
            image.getRGB(0, y, width, 1, rgb, 0, width);
            for (int x = 0; x < width; x++) {
                row[x] = luma(rgb[x]);
            }
            out.setPixels(0, y, width, 1, row);
        }
        return grey;
    }

    /**
     * For an image of one band of at most 8 bits (grey, black and white, a palette), the luma of each sample value
     * as {@code getRGB} gives it; null for any other image.
     */
    static int[] lumaOfSamples(BufferedImage image) {
        ColorModel model = image.getColorModel();
        int bits = image.getSampleModel().getSampleSize(0);
        boolean oneBand = image.getSampleModel().getNumBands() == 1 && bits <= 8 && !model.hasAlpha();
        if (!oneBand || !(model instanceof IndexColorModel || model instanceof ComponentColorModel)) {
            return null;
        }
        int[] levels = new int[1 << bits];
        for (int sample = 0; sample < levels.length; sample++) {
            levels[sample] = luma(model.getRGB(sample));
        }
        return levels;
    }

    static int luma(int rgb) {
        return (299 * ((rgb >> 16) & 0xFF) + 587 * ((rgb >> 8) & 0xFF) + 114 * (rgb & 0xFF) + 500) / 1000;
    }

    /** Whether the image has one bit per pixel: a fax or a scan made black and white by the scanner. */
    static boolean isBilevel(BufferedImage image) {
        return image.getColorModel().getPixelSize() == 1;
    }

    /**
     * Copies one byte a sample from {@code from} (one band) into {@code to}, an image of {@code TYPE_BYTE_GRAY}, or
     * of {@code TYPE_BYTE_BINARY} when the samples are 0 and 1: row by row in the arrays when {@code from} keeps its
     * samples in a byte array, else through the generic (pixel by pixel) copy.
     */
    static void copySamples(Raster from, BufferedImage to) {
        if (!(from.getDataBuffer() instanceof DataBufferByte source)
                || !(from.getSampleModel() instanceof ComponentSampleModel model)
                || model.getPixelStride() != 1 || model.getNumBands() != 1 || source.getNumBanks() != 1
                || from.getSampleModelTranslateX() != 0 || from.getSampleModelTranslateY() != 0) {
            to.getRaster().setRect(from);
            return;
        }
        byte[] in = source.getData();
        int inStride = model.getScanlineStride();
        int inOffset = source.getOffset() + model.getBandOffsets()[0];
        int width = to.getWidth();
        int height = to.getHeight();
        byte[] out = ((DataBufferByte) to.getRaster().getDataBuffer()).getData();
        if (to.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            for (int y = 0; y < height; y++) {
                System.arraycopy(in, inOffset + y * inStride, out, y * width, width);
            }
            return;
        }
        // packed eight pixels a byte, the first in the highest bit
        int outStride = (width + 7) / 8;
        for (int y = 0; y < height; y++) {
            int start = inOffset + y * inStride;
            int row = y * outStride;
            for (int x = 0; x < width; x++) {
                if (in[start + x] != 0) {
                    out[row + (x >> 3)] |= (byte) (0x80 >>> (x & 7));
                }
            }
        }
    }
}
