package io.pageflow.job;

import java.util.Locale;

import io.pageflow.page.OcrModel;
import io.pageflow.page.OcrStep;

/**
 * How a job should run, as the client asked at upload.
 *
 * @param priority       0 (lowest) to 9; jobs are taken in FIFO order within a priority
 * @param onPageError    {@code continue}: the job completes with the failed pages listed; {@code stop}: the
 *                       job fails at the first terminal page error and the remaining pages stay pending
 * @param idempotencyKey the client's key: the same key returns the same job; may be null
 * @param conversion     {@code gateway}: the document also goes to the conversion gateway after the export; null: not
 * @param gatewayMapping the mapping JSON sent to the gateway with the document; null without a conversion, or when the
 *                       gateway takes none (the {@code put} flavour)
 * @param ocrModel       {@code fast} or {@code best}: the model OCR reads with; null: the server's default when the
 *                       page is read ({@code pageflow.ocr.model})
 * @param ocrSteps       the image steps before OCR ({@code orient,deskew,binarize} or {@code none}); null: the
 *                       server's default ({@code pageflow.ocr.steps})
 * @param ocrImages      whether the images of its mixed pages (text layer and figures) are read by OCR too
 */
public record JobOptions(int priority, String onPageError, String idempotencyKey, String conversion,
        String gatewayMapping, String ocrModel, String ocrSteps, boolean ocrImages) {

    public static final String CONVERT_GATEWAY = "gateway";

    public static final JobOptions DEFAULTS = new JobOptions(Job.DEFAULT_PRIORITY, Job.ON_PAGE_ERROR_CONTINUE, null);

    public JobOptions(int priority, String onPageError, String idempotencyKey) {
        this(priority, onPageError, idempotencyKey, null, null);
    }

    public JobOptions(int priority, String onPageError, String idempotencyKey, String conversion,
            String gatewayMapping) {
        this(priority, onPageError, idempotencyKey, conversion, gatewayMapping, null, null, false);
    }

    public JobOptions {
        if (priority < 0 || priority > 9) {
            throw new IllegalArgumentException("priority must be 0–9");
        }
        onPageError = onPageError == null ? Job.ON_PAGE_ERROR_CONTINUE : onPageError.toLowerCase(Locale.ROOT);
        if (!onPageError.equals(Job.ON_PAGE_ERROR_CONTINUE) && !onPageError.equals(Job.ON_PAGE_ERROR_STOP)) {
            throw new IllegalArgumentException("onPageError must be continue or stop");
        }
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 255)) {
            throw new IllegalArgumentException("Idempotency-Key must be 1–255 characters");
        }
        if (conversion != null && !conversion.equals(CONVERT_GATEWAY)) {
            throw new IllegalArgumentException("convert must be gateway");
        }
        if (conversion == null && gatewayMapping != null) {
            throw new IllegalArgumentException("a mapping goes with convert=gateway");
        }
        if (ocrModel != null) {
            ocrModel = OcrModel.parse(ocrModel).label();
        }
        if (ocrSteps != null) {
            ocrSteps = OcrStep.format(OcrStep.parse(ocrSteps));
        }
    }

    /** These options with the conversion the client asked for. */
    public JobOptions withConversion(String conversion, String gatewayMapping) {
        return new JobOptions(priority, onPageError, idempotencyKey, conversion, gatewayMapping, ocrModel, ocrSteps,
                ocrImages);
    }

    /** These options with the OCR model and steps the job is to be read with, and whether its figures are read. */
    public JobOptions withOcr(String ocrModel, String ocrSteps, boolean ocrImages) {
        return new JobOptions(priority, onPageError, idempotencyKey, conversion, gatewayMapping, ocrModel, ocrSteps,
                ocrImages);
    }
}
