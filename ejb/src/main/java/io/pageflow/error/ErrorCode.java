package io.pageflow.error;

/**
 * Every failure a user can see, as a code they can search for. Each code has a retry budget: terminal codes
 * have none (retrying cannot help), most retryable ones are retried until the delivery or attempt limits give
 * up (the cause is outside the document), and a few are retried a fixed number of times because the cause may
 * be the page itself (a page that ran past its OCR deadline once may have been unlucky; twice, it is the page).
 */
public enum ErrorCode {
    PDF_CORRUPT(Retries.NONE, "The PDF cannot be read"),
    PDF_ENCRYPTED(Retries.NONE, "The PDF is encrypted"),
    PDF_NO_PAGES(Retries.NONE, "The PDF has no pages"),
    TOO_MANY_PAGES(Retries.NONE, "The document has more pages than allowed"),
    IMAGE_UNREADABLE(Retries.NONE, "The page image cannot be decoded"),
    IMAGE_TOO_LARGE(Retries.NONE, "The page image has more pixels than allowed"),
    PAGE_TOO_LARGE(Retries.NONE, "The page cannot be rendered within the pixel limit at a readable resolution"),
    UNSUPPORTED_TYPE(Retries.NONE, "The file is not a PDF or a supported image"),
    CONVERSION_FAILED(Retries.NONE, "LibreOffice could not convert the document to a PDF"),
    CONVERSION_TIMEOUT(Retries.NONE, "The conversion to a PDF ran past its deadline (PAGEFLOW_OFFICE_TIMEOUT_SECONDS)"),
    CONVERTER_UNAVAILABLE(Retries.UNTIL_GIVEN_UP, "LibreOffice cannot be run now (not installed, or busy for too long)"),
    OCR_EMPTY(Retries.NONE, "OCR found no text on the page"),
    OCR_FAILED(Retries.UNTIL_GIVEN_UP, "OCR failed"),
    OCR_TIMEOUT(1, "OCR ran past its deadline (PAGEFLOW_OCR_TIMEOUT_SECONDS)"),
    OCR_MODEL_MISSING(Retries.NONE, "The OCR model the job asked for is not installed (tools/fetch-best-int)"),
    STORAGE_UNAVAILABLE(Retries.UNTIL_GIVEN_UP, "Object storage is unavailable"),
    DATABASE_UNAVAILABLE(Retries.UNTIL_GIVEN_UP, "The database is unavailable"),
    INDEX_FAILED(Retries.UNTIL_GIVEN_UP, "Indexing the document failed"),
    ALL_PAGES_FAILED(Retries.NONE, "Every page of the document failed"),
    DELIVERY_EXHAUSTED(Retries.NONE, "The work kept failing and was given up after its last attempt"),
    ATTEMPTS_EXHAUSTED(Retries.NONE, "The page was started too many times without finishing (its worker kept dying)"),
    LLM_RATE_LIMIT(2, "The LLM endpoint kept answering 429 (rate limited) after its retries"),
    LLM_TIMEOUT(2, "The LLM endpoint did not answer in time after its retries"),
    LLM_ERROR(Retries.NONE, "The LLM endpoint failed or refused the request"),
    LLM_INVALID_OUTPUT(Retries.NONE, "The LLM's answer was not JSON matching the type's schema"),
    TOO_LARGE(Retries.NONE, "The file is larger than the conversion gateway takes (PAGEFLOW_GATEWAY_MAX_BYTES)"),
    GW_4XX(Retries.NONE, "The conversion gateway refused the document (HTTP 4xx)"),
    GW_5XX(2, "The conversion gateway kept failing (HTTP 5xx) after its retries"),
    GW_TIMEOUT(2, "The conversion gateway did not answer in time (PAGEFLOW_GATEWAY_TIMEOUT_SECONDS) after its retries"),
    IO_ERROR(2, "The conversion gateway could not be reached after its retries"),
    UNKNOWN(Retries.NONE, "The conversion gateway answered in a way its contract does not describe"),
    ANALYSIS_INVALID_OUTPUT(Retries.NONE, "The page's analysis result does not match the profile's schema"),
    CIRCUIT_OPEN(Retries.UNTIL_GIVEN_UP, "A dependency failed repeatedly and is given time to recover"),
    INTERNAL_ERROR(Retries.UNTIL_GIVEN_UP, "Unexpected error");

    private final int retries;
    private final String summary;

    ErrorCode(int retries, String summary) {
        this.retries = retries;
        this.summary = summary;
    }

    /** Whether this failure is ever worth another attempt. */
    public boolean isRetryable() {
        return retries > 0;
    }

    /**
     * How many times work that failed with this code is tried again: 0 for terminal codes,
     * {@link Retries#UNTIL_GIVEN_UP} when only the delivery and attempt limits stop it.
     */
    public int retries() {
        return retries;
    }

    /** Whether work that failed with this code on its {@code attempt}-th attempt (1-based) gets another one. */
    public boolean allowsRetryAfter(int attempt) {
        return attempt <= retries;
    }

    public String summary() {
        return summary;
    }

    /** Retry budgets with a name. */
    public static final class Retries {
        public static final int NONE = 0;
        public static final int UNTIL_GIVEN_UP = Integer.MAX_VALUE;

        private Retries() {
        }
    }
}
