package io.pageflow.error;

/**
 * Every failure a user can see, as a code they can search for. Retryable failures are worth trying again
 * (the cause is outside the document); terminal ones fail at once because retrying cannot help.
 */
public enum ErrorCode {
    PDF_CORRUPT(false, "The PDF cannot be read"),
    PDF_ENCRYPTED(false, "The PDF is encrypted"),
    PDF_NO_PAGES(false, "The PDF has no pages"),
    TOO_MANY_PAGES(false, "The document has more pages than allowed"),
    IMAGE_UNREADABLE(false, "The page image cannot be decoded"),
    IMAGE_TOO_LARGE(false, "The page image has more pixels than allowed"),
    UNSUPPORTED_TYPE(false, "The file is not a PDF or a supported image"),
    OCR_EMPTY(false, "OCR found no text on the page"),
    OCR_FAILED(true, "OCR failed"),
    STORAGE_UNAVAILABLE(true, "Object storage is unavailable"),
    DATABASE_UNAVAILABLE(true, "The database is unavailable"),
    INDEX_FAILED(true, "Indexing the document failed"),
    ALL_PAGES_FAILED(false, "Every page of the document failed"),
    DELIVERY_EXHAUSTED(false, "The work kept failing and was given up after its last attempt"),
    ATTEMPTS_EXHAUSTED(false, "The page was started too many times without finishing (its worker kept dying)"),
    CIRCUIT_OPEN(true, "A dependency failed repeatedly and is given time to recover"),
    INTERNAL_ERROR(true, "Unexpected error");

    private final boolean retryable;
    private final String summary;

    ErrorCode(boolean retryable, String summary) {
        this.retryable = retryable;
        this.summary = summary;
    }

    public boolean isRetryable() {
        return retryable;
    }

    public String summary() {
        return summary;
    }
}
