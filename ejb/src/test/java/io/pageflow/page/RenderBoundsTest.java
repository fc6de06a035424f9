package io.pageflow.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RenderBoundsTest {

    static final float A4_W = 595.28f;
    static final float A4_H = 841.89f;
    static final float HUGE = 200 * 72f;

    @Test
    void anA4PageRendersAt300DpiWithinTheDefaultLimit() {
        assertEquals(300f, RenderBounds.dpiWithin(A4_W, A4_H, 300, 100_000_000L));
        assertEquals(2480L * 3507, RenderBounds.pixels(A4_W, A4_H, 300));
    }

    @Test
    void aHugePageIsRenderedAtTheResolutionThatFitsTheLimit() {
        float dpi = RenderBounds.dpiWithin(HUGE, HUGE, 300, 50_000_000L);
        assertTrue(RenderBounds.pixels(HUGE, HUGE, dpi) <= 50_000_000L);
        assertTrue(dpi > 35f && dpi < 35.4f, "200 × 200 inches in 50 Mpx is about 35 DPI, got " + dpi);
        assertTrue(dpi < PageRenderer.MIN_OCR_DPI, "too coarse for OCR: the page fails with PAGE_TOO_LARGE");
    }

    @Test
    void aLargePageJustOverTheLimitLosesLittleResolution() {
        float a0W = 2383.94f;
        float a0H = 3370.39f;
        float dpi = RenderBounds.dpiWithin(a0W, a0H, 300, 100_000_000L);
        assertTrue(RenderBounds.pixels(a0W, a0H, dpi) <= 100_000_000L);
        assertTrue(dpi > 250f, "A0 fits 100 Mpx at about 254 DPI, got " + dpi);
    }

    @Test
    void anImageOverTheLimitIsDecodedInStepsThatFitIt() {
        int step = BoundedRenderer.stepWithin(30_000, 30_000, 50_000_000L);
        assertEquals(5, step);
        assertTrue(6000L * 6000 <= 50_000_000L);
        assertEquals(1, BoundedRenderer.stepWithin(1000, 1000, 50_000_000L));
        int hugeStep = BoundedRenderer.stepWithin(200_000, 200_000, 50_000_000L);
        long side = (200_000L + hugeStep - 1) / hugeStep;
        assertTrue(side * side <= 50_000_000L, "step " + hugeStep);
    }
}
