package io.pageflow.api;

/** Thrown by resources to answer with a problem body. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String code;

    public ProblemException(int status, String code, String detail) {
        super(detail);
        this.status = status;
        this.code = code;
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(404, "NOT_FOUND", what + " does not exist");
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
