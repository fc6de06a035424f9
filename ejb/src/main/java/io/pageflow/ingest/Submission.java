package io.pageflow.ingest;

import io.pageflow.job.JobOptions;

/**
 * What the client asked for besides the files.
 *
 * @param title    optional title of the document
 * @param language Tesseract language(s) for OCR, e.g. {@code eng} or {@code eng+deu}; null for the default
 * @param options  priority, page-failure policy and idempotency key of the job
 * @param password opens an encrypted PDF; kept only until the document is split
 */
public record Submission(String title, String language, JobOptions options, String password) {
}
