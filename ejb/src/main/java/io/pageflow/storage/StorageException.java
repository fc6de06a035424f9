package io.pageflow.storage;

/** Storage could not be read or written: usually retryable, as the cause is outside the document. */
public class StorageException extends RuntimeException {

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
