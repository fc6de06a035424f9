package io.pageflow.error;

import java.sql.SQLException;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

import io.pageflow.storage.StorageException;

/**
 * The one place where any throwable becomes an error code and a message a user can act on.
 *
 * @param code    what went wrong, retryable or terminal
 * @param message a human sentence, at most {@value #MAX_MESSAGE} characters
 */
public record PipelineFailure(ErrorCode code, String message) {

    static final int MAX_MESSAGE = 1000;

    public static PipelineFailure of(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof PipelineException pe) {
                return new PipelineFailure(pe.code(), trim(pe.getMessage()));
            }
            if (t instanceof CircuitBreakerOpenException) {
                return failure(ErrorCode.CIRCUIT_OPEN, t);
            }
            if (t instanceof StorageException) {
                return failure(ErrorCode.STORAGE_UNAVAILABLE, t);
            }
            if (t instanceof SQLException) {
                return failure(ErrorCode.DATABASE_UNAVAILABLE, t);
            }
        }
        return failure(ErrorCode.INTERNAL_ERROR, error);
    }

    public boolean isRetryable() {
        return code.isRetryable();
    }

    /** Whether work that failed like this on its {@code attempt}-th attempt (1-based) gets another one. */
    public boolean isRetryableAfter(int attempt) {
        return code.allowsRetryAfter(attempt);
    }

    private static PipelineFailure failure(ErrorCode code, Throwable t) {
        String detail = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return new PipelineFailure(code, trim(code.summary() + ": " + detail));
    }

    private static String trim(String message) {
        if (message == null) {
            return null;
        }
        return message.length() <= MAX_MESSAGE ? message : message.substring(0, MAX_MESSAGE - 1) + "…";
    }
}
