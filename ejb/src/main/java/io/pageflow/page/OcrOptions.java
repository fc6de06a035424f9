package io.pageflow.page;

import java.util.Set;

/** How one page is read: the model and the image steps before it (see {@link OcrStep}). */
public record OcrOptions(OcrModel model, Set<OcrStep> steps) {

    /** Tesseract as it is: the fast model, no steps. */
    public static final OcrOptions PLAIN = new OcrOptions(OcrModel.FAST, Set.of());

    public OcrOptions {
        steps = Set.copyOf(steps);
    }

    public boolean has(OcrStep step) {
        return steps.contains(step);
    }
}
