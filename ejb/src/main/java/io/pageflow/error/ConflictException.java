package io.pageflow.error;

import jakarta.ejb.ApplicationException;

/**
 * An action that the current state of a job, document or page does not allow (answered 409). The code says
 * which state stood in the way, e.g. {@code JOB_COMPLETED} or {@code DOCUMENT_BUSY}.
 */
@ApplicationException(rollback = true)
public class ConflictException extends RuntimeException {

    private final String code;

    public ConflictException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
