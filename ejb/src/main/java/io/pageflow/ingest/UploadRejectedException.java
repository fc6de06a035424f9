package io.pageflow.ingest;

/**
 * An upload refused before anything was stored: the HTTP status to answer with, a code a client can
 * branch on, and a sentence saying what to change.
 */
public class UploadRejectedException extends RuntimeException {

    private final int status;
    private final String code;

    public UploadRejectedException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
