package io.pageflow.page;

import io.pageflow.document.Page;
import io.pageflow.state.PageText;

/**
 * The outcome of one page.
 *
 * @param textSource {@code text-layer}, {@code ocr} or {@code none} (blank)
 * @param reason     why it was read so (its {@code textSourceReason}, see {@link TextLayer.Reasons})
 * @param confidence mean OCR confidence 0–100, null unless OCR'd
 * @param imageKey   where the page image is stored, or will be on first request ({@link PageFiles})
 */
public record PageResult(String text, String textSource, String reason, boolean blank, Float confidence,
        String imageKey) {

    static PageResult textLayer(String text, String reason, String imageKey) {
        return new PageResult(text, Page.TEXT_LAYER, reason, false, null, imageKey);
    }

    static PageResult ocr(String text, int confidence, String reason, String imageKey) {
        return new PageResult(text, Page.OCR, reason, false, (float) confidence, imageKey);
    }

    static PageResult blank(String reason, String imageKey) {
        return new PageResult("", Page.NONE, reason, true, null, imageKey);
    }

    /** What the page's row completes with. */
    public PageText asText() {
        return new PageText(text, textSource, reason, blank, confidence, imageKey);
    }
}
