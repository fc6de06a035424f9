package io.pageflow.job;

/** An action that the job's current state does not allow (answered 409). */
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
