package io.pageflow.job;

import jakarta.ejb.ApplicationException;

/** An action that the job's current state does not allow (answered 409). */
@ApplicationException(rollback = true)
public class JobConflictException extends RuntimeException {

    private final String code;

    public JobConflictException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
