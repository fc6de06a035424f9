package io.pageflow.job;

import java.util.Locale;

/**
 * How a job should run, as the client asked at upload.
 *
 * @param priority       0 (lowest) to 9; jobs are taken in FIFO order within a priority
 * @param onPageError    {@code continue}: the job completes with the failed pages listed; {@code stop}: the
 *                       job fails at the first terminal page error and the remaining pages stay pending
 * @param idempotencyKey the client's key: the same key returns the same job; may be null
 */
public record JobOptions(int priority, String onPageError, String idempotencyKey) {

    public static final JobOptions DEFAULTS = new JobOptions(Job.DEFAULT_PRIORITY, Job.ON_PAGE_ERROR_CONTINUE, null);

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
    }
}
