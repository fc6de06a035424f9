package io.pageflow.error;

import jakarta.ejb.ApplicationException;

/** A request whose values the rules of the domain refuse, e.g. a page position past the end (answered 400). */
@ApplicationException(rollback = true)
public class InvalidRequestException extends RuntimeException {

    private final String code;

    public InvalidRequestException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
