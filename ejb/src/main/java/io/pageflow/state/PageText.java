package io.pageflow.state;

/**
 * What a page completes with.
 *
 * @param textSource {@code text-layer}, {@code ocr} or {@code none} (blank)
 * @param reason     why it was read so (the page's {@code textSourceReason})
 * @param confidence mean OCR confidence 0–100, null unless OCR'd
 * @param imageKey   where its page image is (or will be made on first request), null when it has none
 */
public record PageText(String text, String textSource, String reason, boolean blank, Float confidence,
        String imageKey) {
}
