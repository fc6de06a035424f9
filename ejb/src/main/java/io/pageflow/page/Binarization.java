package io.pageflow.page;

import com.sun.jna.ptr.PointerByReference;

import net.sourceforge.lept4j.Pix;

/**
 * Makes the page black and white with a threshold that adapts to its neighbourhood (Sauvola), after evening out
 * the background: a page photographed under uneven light, or a scan darker at its fold, keeps its text where one
 * threshold for the whole page (Tesseract's default, Otsu) turns the dark part black or the light part white.
 */
final class Binarization {

    /** Sauvola's window, in inches (Tesseract's own default for its Sauvola thresholding). */
    static final double WINDOW_INCHES = 0.33;
    /** Sauvola's k: how far below the local mean (relative to the contrast) a pixel must be to be ink. */
    static final float K = 0.34f;
    /** Tiles Leptonica works in, about this many pixels a side, so that its sums stay small. */
    static final int TILE = 250;

    private Binarization() {
    }

    static void apply(PagePix page, int dpi) {
        if (page.depth() != 8) {
            page.replace(PagePix.LEPT.pixConvertTo8(page.pix(), 0));
        }
        // Leptonica's default background normalisation: the page's light is measured in tiles and divided out
        page.replace(PagePix.LEPT.pixBackgroundNormSimple(page.pix(), null, null));
        int width = page.width();
        int height = page.height();
        int halfWindow = Math.min((int) (WINDOW_INCHES * dpi / 2), (Math.min(width, height) - 3) / 2);
        if (halfWindow < 2) {
            return; // a sliver of an image: nothing Sauvola could measure
        }
        int nx = Math.max(1, (width + TILE / 2) / TILE);
        int ny = Math.max(1, (height + TILE / 2) / TILE);
        // each tile must be larger than the window, or Leptonica refuses
        while (nx > 1 && width / nx < 2 * halfWindow + 3) {
            nx--;
        }
        while (ny > 1 && height / ny < 2 * halfWindow + 3) {
            ny--;
        }
        PointerByReference binary = new PointerByReference();
        if (PagePix.LEPT.pixSauvolaBinarizeTiled(page.pix(), halfWindow, K, nx, ny, null, binary) != 0
                || binary.getValue() == null) {
            throw new IllegalStateException("Leptonica could not binarise the page");
        }
        page.replace(new Pix(binary.getValue()));
    }
}
