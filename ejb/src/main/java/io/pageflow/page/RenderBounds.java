package io.pageflow.page;

/**
 * The resolution at which a page of a given size renders within a pixel limit. Pure arithmetic, so that it is
 * easy to test: PDFBox renders a page of {@code w × h} points at {@code dpi} into
 * {@code floor(w·dpi/72) × floor(h·dpi/72)} pixels.
 */
public final class RenderBounds {

    static final float POINTS_PER_INCH = 72f;

    private RenderBounds() {
    }

    /** Pixels of a page {@code widthPt × heightPt} points rendered at {@code dpi}. */
    public static long pixels(float widthPt, float heightPt, float dpi) {
        long width = Math.max(1, (long) Math.floor(widthPt * dpi / POINTS_PER_INCH));
        long height = Math.max(1, (long) Math.floor(heightPt * dpi / POINTS_PER_INCH));
        return width * height;
    }

    /**
     * The highest resolution up to {@code wantedDpi} at which the page stays within {@code maxPixels}; it may be
     * far below what is wanted for a huge page, the caller decides whether that is still useful.
     */
    public static float dpiWithin(float widthPt, float heightPt, float wantedDpi, long maxPixels) {
        if (pixels(widthPt, heightPt, wantedDpi) <= maxPixels) {
            return wantedDpi;
        }
        double areaInches = (double) widthPt / POINTS_PER_INCH * heightPt / POINTS_PER_INCH;
        float dpi = (float) Math.sqrt(maxPixels / areaInches);
        // rounding may leave it a pixel row over: step down until it fits
        while (dpi > 0.01f && pixels(widthPt, heightPt, dpi) > maxPixels) {
            dpi *= 0.999f;
        }
        return dpi;
    }
}
