package io.pageflow.page;

import java.awt.image.BufferedImage;

/**
 * Tells a near-uniform page image (a blank sheet scanned, an empty page rendered) from one with anything on it,
 * before OCR: Tesseract would spend seconds to find nothing. The test is deliberately strict, so that a page with
 * a single short word is never taken for blank: at most {@value #MAX_INK_SHARE} of the pixels (about 170 of an A4
 * page at 300 DPI, a few specks of dust) may differ clearly from the page's background.
 */
public final class BlankImage {

    /** Grey levels a pixel must differ from the background by to count as ink (scanner noise stays below). */
    static final int INK_CONTRAST = 80;
    static final double MAX_INK_SHARE = 0.00002;
    /** Enough samples to see a word on any page; larger images are sampled on a grid. */
    static final long MAX_SAMPLES = 4_000_000;

    private BlankImage() {
    }

    public static boolean isNearUniform(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int step = (int) Math.max(1, Math.ceil(Math.sqrt((double) width * height / MAX_SAMPLES)));
        int[] histogram = new int[256];
        long samples = 0;
        int[] row = new int[width];
        int[] levels = Images.lumaOfSamples(image);
        for (int y = 0; y < height; y += step) {
            if (levels != null) {
                // a grey or black-and-white scan: its samples' greys looked up, not converted pixel by pixel
                image.getRaster().getSamples(0, y, width, 1, 0, row);
                for (int x = 0; x < width; x += step) {
                    histogram[levels[row[x]]]++;
                }
            } else {
                image.getRGB(0, y, width, 1, row, 0, width);
                for (int x = 0; x < width; x += step) {
                    histogram[grey(row[x])]++;
                }
            }
            samples += (width + step - 1) / step;
        }
        int background = mode(histogram);
        long ink = 0;
        for (int level = 0; level < 256; level++) {
            if (Math.abs(level - background) >= INK_CONTRAST) {
                ink += histogram[level];
            }
        }
        return ink <= MAX_INK_SHARE * samples;
    }

    /** Luma of an ARGB pixel; transparent pixels count as white, as they show on a page. */
    private static int grey(int argb) {
        int alpha = argb >>> 24;
        int r = (argb >> 16) & 0xFF;
        int g = (argb >> 8) & 0xFF;
        int b = argb & 0xFF;
        int luma = (r * 299 + g * 587 + b * 114) / 1000;
        return (luma * alpha + 255 * (255 - alpha)) / 255;
    }

    private static int mode(int[] histogram) {
        int best = 0;
        for (int level = 1; level < histogram.length; level++) {
            if (histogram[level] > histogram[best]) {
                best = level;
            }
        }
        return best;
    }

}
