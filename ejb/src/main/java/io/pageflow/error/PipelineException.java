package io.pageflow.error;

/** A failure that already knows its {@link ErrorCode}; the message is what the user reads. */
public class PipelineException extends RuntimeException {

    private final ErrorCode code;

    public PipelineException(ErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    public PipelineException(ErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
