package io.pageflow.page;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What is done to a page image before Tesseract reads it (docs/pipeline.md has what each costs and gains). A job
 * names the steps it wants ({@code ocrSteps=orient,deskew}), or {@code none}; the server's default is
 * {@code pageflow.ocr.steps}.
 */
public enum OcrStep {
    /** Turns a page scanned sideways or upside down the right way up (Tesseract's orientation detection). */
    ORIENT,
    /** Straightens a page scanned a little askew (Leptonica). */
    DESKEW,
    /**
     * Black and white with a local threshold after evening out the light (Leptonica, Sauvola), for pages whose light
     * is uneven ({@link UnevenLight}); other pages are left to Tesseract's own threshold.
     */
    BINARIZE;

    public static final String NONE = "none";

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code orient,deskew} or {@code none} (or blank) into a set; an unknown name is refused. */
    public static Set<OcrStep> parse(String steps) {
        EnumSet<OcrStep> parsed = EnumSet.noneOf(OcrStep.class);
        if (steps == null || steps.isBlank() || steps.trim().equalsIgnoreCase(NONE)) {
            return parsed;
        }
        for (String name : steps.split(",")) {
            String trimmed = name.trim().toLowerCase(Locale.ROOT);
            if (trimmed.isEmpty()) {
                continue;
            }
            OcrStep step = null;
            for (OcrStep candidate : values()) {
                if (candidate.label().equals(trimmed)) {
                    step = candidate;
                }
            }
            if (step == null) {
                throw new IllegalArgumentException("ocrSteps must be none or a comma-separated list of "
                        + "orient, deskew, binarize; '" + trimmed + "' is none of them");
            }
            parsed.add(step);
        }
        return parsed;
    }

    /** The set written back in a fixed order, {@code none} when empty: how it is stored and shown. */
    public static String format(Set<OcrStep> steps) {
        return steps.isEmpty() ? NONE
                : steps.stream().sorted().map(OcrStep::label).collect(Collectors.joining(","));
    }
}
