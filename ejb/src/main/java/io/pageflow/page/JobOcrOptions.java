package io.pageflow.page;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.pageflow.ingest.UploadRejectedException;

/**
 * The OCR options of a job: what its upload asked for, else the server's defaults ({@code pageflow.ocr.model},
 * {@code pageflow.ocr.steps}). An upload's options are checked and completed with the defaults when it arrives,
 * and stored with the job, so a job reads its pages the same way however long it waits or is resumed.
 */
@ApplicationScoped
public class JobOcrOptions {

    /** The server's default steps: those measured to help on real scans (docs/pipeline.md). */
    public static final String DEFAULT_STEPS = "orient,binarize";

    @Inject
    OcrModels models;

    @Inject
    OcrLanguages languages;

    @Inject
    @ConfigProperty(name = "pageflow.ocr.model", defaultValue = "fast")
    String defaultModel;

    @Inject
    @ConfigProperty(name = "pageflow.ocr.steps", defaultValue = DEFAULT_STEPS)
    String defaultSteps;

    /** The server's defaults. */
    public OcrOptions defaults() {
        return new OcrOptions(OcrModel.parse(defaultModel), OcrStep.parse(defaultSteps));
    }

    /**
     * An upload's {@code ocrModel} and {@code ocrSteps} (either may be null: the default) for a document in
     * {@code language} (null: the default language); a 400 when either is unknown or the model is not installed.
     */
    public OcrOptions forUpload(String model, String steps, String language) {
        OcrOptions defaults = defaults();
        OcrOptions options;
        try {
            options = new OcrOptions(model == null || model.isBlank() ? defaults.model() : OcrModel.parse(model),
                    steps == null || steps.isBlank() ? defaults.steps() : OcrStep.parse(steps));
        } catch (IllegalArgumentException e) {
            throw new UploadRejectedException(400, "BAD_OPTION", e.getMessage());
        }
        String lang = language == null || language.isBlank() ? languages.defaultLanguage() : language.trim();
        if (!models.isInstalled(options.model(), lang)) {
            throw new UploadRejectedException(400, "OCR_MODEL_MISSING", models.missing(lang));
        }
        return options;
    }

    /** An upload's {@code ocrImages}: {@code true} or {@code false} (null or blank: false); else a 400. */
    public boolean imagesForUpload(String value) {
        if (value == null || value.isBlank() || value.trim().equalsIgnoreCase("false")) {
            return false;
        }
        if (value.trim().equalsIgnoreCase("true")) {
            return true;
        }
        throw new UploadRejectedException(400, "BAD_OPTION", "ocrImages must be true or false; '" + value.trim()
                + "' is neither");
    }

    /**
     * The options a job's pages are read with, from the job's stored {@code ocrModel} and {@code ocrSteps} (read
     * with the page's claim); either null (a job from before they were stored) is the server's default.
     */
    public OcrOptions of(String model, String steps) {
        OcrOptions defaults = defaults();
        return new OcrOptions(model == null ? defaults.model() : OcrModel.parse(model),
                steps == null ? defaults.steps() : OcrStep.parse(steps));
    }
}
