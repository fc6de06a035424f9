package io.pageflow.page;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.util.Arrays;

/**
 * Whether a page was scanned or photographed under uneven light: its paper is much darker in some parts than in
 * others. Only such pages are binarised ({@link Binarization}): measured, they read many times better for it
 * (Tesseract's one threshold for the whole page turns their dark part black), while pages in even light read
 * as well or worse — an upscaled low-resolution scan much worse.
 * <p>
 * The paper's brightness is taken in each of {@value #GRID} × {@value #GRID} tiles as a bright percentile of
 * the tile (the paper between the letters), and the light is uneven when those brightnesses spread over more
 * than {@value #MAX_SPREAD} of 255 levels, leaving out the darkest and brightest tenth of tiles (a photograph or
 * a black bar on the page is not light).
 */
final class UnevenLight {

    static final int GRID = 8;
    static final int MAX_SPREAD = 48;
    /** The share of a tile's pixels darker than its paper: letters, lines. */
    static final double PAPER_PERCENTILE = 0.9;
    /** Every so many pixels is looked at, across and down: enough to know the paper, quick on a large page. */
    static final int STEP = 3;

    private UnevenLight() {
    }

    static boolean of(BufferedImage grey) {
        return spread(grey) > MAX_SPREAD;
    }

    /** How far apart the paper's brightness is across the page, in grey levels (0–255). */
    static int spread(BufferedImage grey) {
        Raster raster = grey.getRaster();
        int width = grey.getWidth();
        int height = grey.getHeight();
        if (width < GRID * STEP || height < GRID * STEP) {
            return 0;
        }
        int[] paper = new int[GRID * GRID];
        int[] histogram = new int[256];
        int[] row = new int[width];
        for (int ty = 0; ty < GRID; ty++) {
            for (int tx = 0; tx < GRID; tx++) {
                Arrays.fill(histogram, 0);
                int x0 = tx * width / GRID;
                int x1 = (tx + 1) * width / GRID;
                int count = 0;
                for (int y = ty * height / GRID; y < (ty + 1) * height / GRID; y += STEP) {
                    raster.getSamples(x0, y, x1 - x0, 1, 0, row);
                    for (int x = 0; x < x1 - x0; x += STEP) {
                        histogram[row[x]]++;
                        count++;
                    }
                }
                paper[ty * GRID + tx] = percentile(histogram, count, PAPER_PERCENTILE);
            }
        }
        Arrays.sort(paper);
        int tenth = paper.length / 10;
        return paper[paper.length - 1 - tenth] - paper[tenth];
    }

    private static int percentile(int[] histogram, int count, double share) {
        int wanted = (int) Math.ceil(count * share);
        int seen = 0;
        for (int level = 0; level < histogram.length; level++) {
            seen += histogram[level];
            if (seen >= wanted) {
                return level;
            }
        }
        return 255;
    }
}
