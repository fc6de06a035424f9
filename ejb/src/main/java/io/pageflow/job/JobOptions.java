package io.pageflow.job;

import java.util.Locale;

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
 */
public record JobOptions(int priority, String onPageError, String idempotencyKey, String conversion,
        String gatewayMapping) {

    public static final String CONVERT_GATEWAY = "gateway";

    public static final JobOptions DEFAULTS = new JobOptions(Job.DEFAULT_PRIORITY, Job.ON_PAGE_ERROR_CONTINUE, null);

    public JobOptions(int priority, String onPageError, String idempotencyKey) {
        this(priority, onPageError, idempotencyKey, null, null);
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
    }

    /** These options with the conversion the client asked for. */
    public JobOptions withConversion(String conversion, String gatewayMapping) {
        return new JobOptions(priority, onPageError, idempotencyKey, conversion, gatewayMapping);
    }
}
