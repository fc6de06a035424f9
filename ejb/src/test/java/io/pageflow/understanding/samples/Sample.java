package io.pageflow.understanding.samples;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonValue;

/**
 * One labelled page: its type ({@code bill}, {@code eway_bill} or {@code unknown} for a look-alike), the
 * fields a reader should find, normalised as the type's schema wants them, and the page itself.
 *
 * @param layout which layout or look-alike drew it, e.g. {@code bill/tally} or {@code unknown/purchase-order}
 * @param skew   the rotation of its scanned image, in degrees
 */
public record Sample(String id, String layout, String docType, Map<String, JsonValue> truth, PageDrawing page,
        double skew, long seed) {

    public boolean isLookAlike() {
        return "unknown".equals(docType);
    }

    /** The text lines a PDF text layer gives. */
    public List<String> lines() {
        return page.lines();
    }

    public String text() {
        return String.join("\n", lines());
    }

    /** The born-digital PDF (one A4 page). */
    public byte[] pdf() {
        return PdfPages.pdf(page);
    }

    /** The page as a scanner at {@code dpi} gives it: grey, skewed, noisy. */
    public BufferedImage scan(int dpi) {
        return ScannedPages.scan(page, dpi, skew, seed);
    }

    @Override
    public String toString() {
        return id + " (" + layout + ")";
    }
}
