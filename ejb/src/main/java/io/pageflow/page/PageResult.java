package io.pageflow.page;

import io.pageflow.document.Page;

/**
 * The outcome of one page.
 *
 * @param textSource {@code text-layer} or {@code ocr}
 * @param confidence mean OCR confidence 0–100, null for text-layer pages
 * @param imageKey   where the page image is stored
 */
public record PageResult(String text, String textSource, Float confidence, String imageKey) {

    static PageResult textLayer(String text, String imageKey) {
        return new PageResult(text, Page.TEXT_LAYER, null, imageKey);
    }

    static PageResult ocr(String text, int confidence, String imageKey) {
        return new PageResult(text, Page.OCR, (float) confidence, imageKey);
    }
}
