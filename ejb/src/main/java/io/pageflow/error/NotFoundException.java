package io.pageflow.error;

import jakarta.ejb.ApplicationException;

/** The job, document or page a request names does not exist (answered 404). */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
