package io.pageflow.ingest;

import io.pageflow.job.JobOptions;

/**
 * What the client asked for besides the files.
 *
 * @param title    optional title of the document
 * @param language Tesseract language(s) for OCR, e.g. {@code eng} or {@code eng+deu}; null for the default
 * @param options  priority, page-failure policy and idempotency key of the job
 * @param password opens an encrypted PDF; kept only until the document is split
 * @param onDuplicate what to do when the same files are already stored: {@code reject} (409, the default),
 *                    {@code reuse} (answer with the existing job) or {@code store} (store them again)
 * @param callbackUrl where the job's end is posted (checked by the caller), or null
 */
public record Submission(String title, String language, JobOptions options, String password, String onDuplicate,
        String callbackUrl) {

    public static final String REJECT = "reject";
    public static final String REUSE = "reuse";
    public static final String STORE = "store";

    public Submission {
        onDuplicate = onDuplicate == null ? REJECT : onDuplicate;
        if (!onDuplicate.equals(REJECT) && !onDuplicate.equals(REUSE) && !onDuplicate.equals(STORE)) {
            throw new UploadRejectedException(400, "BAD_OPTION", "onDuplicate must be reject, reuse or store");
        }
    }

    public Submission(String title, String language, JobOptions options, String password, String onDuplicate) {
        this(title, language, options, password, onDuplicate, null);
    }
}
