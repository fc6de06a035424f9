package io.pageflow.page;

import java.nio.FloatBuffer;

/**
 * Straightens a page scanned or photographed a little askew. Tesseract finds text lines that lean by a degree or
 * two itself, but reads straight lines better; Leptonica finds the angle from the lines of text (on a reduced
 * black-and-white copy) and turns the page back when it is sure enough.
 */
final class Deskew {

    private Deskew() {
    }

    /** Turns the page straight; returns the angle found in degrees (0 when there was nothing to do). */
    static float apply(PagePix page) {
        FloatBuffer angle = FloatBuffer.allocate(1);
        FloatBuffer confidence = FloatBuffer.allocate(1);
        // reduction 0: Leptonica's default (2×) for finding the angle; the turn is done at full resolution
        page.replace(PagePix.LEPT.pixFindSkewAndDeskew(page.pix(), 0, angle, confidence));
        return angle.get(0);
    }
}
