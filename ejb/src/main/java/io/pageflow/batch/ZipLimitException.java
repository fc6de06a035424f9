package io.pageflow.batch;

/** The archive broke a limit (entry count, total size, compression ratio): reading it stops. */
public class ZipLimitException extends RuntimeException {

    private final String code;

    public ZipLimitException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
