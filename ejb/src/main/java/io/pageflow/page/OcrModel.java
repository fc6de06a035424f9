package io.pageflow.page;

import java.util.Locale;

/**
 * Which trained model Tesseract reads with. {@code fast} is the one Debian's {@code tesseract-ocr-eng} installs;
 * {@code best} is the {@code best_int} model (more accurate, slower), fetched by {@code tools/fetch-best-int} into
 * its own folder ({@code pageflow.ocr.best-tessdata}).
 */
public enum OcrModel {
    FAST, BEST;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static OcrModel parse(String model) {
        for (OcrModel candidate : values()) {
            if (candidate.label().equalsIgnoreCase(model == null ? "" : model.trim())) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("ocrModel must be fast or best");
    }
}
