package io.pageflow.storage;

/** The object is not there: retrying the same read cannot help. */
public class StorageObjectMissingException extends StorageException {

    public StorageObjectMissingException(String message, Throwable cause) {
        super(message, cause);
    }
}
