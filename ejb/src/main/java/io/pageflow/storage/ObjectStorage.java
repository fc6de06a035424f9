package io.pageflow.storage;

import java.io.InputStream;

/**
 * Where raw uploads, page images and results live, addressed by keys such as
 * {@code documents/42/pages/page-0001.png}. Writes are atomic: a reader sees the old object or the new one,
 * never half of one.
 */
public interface ObjectStorage {

    /** Stores everything the stream gives under {@code key}, replacing what was there; returns the size. */
    long put(String key, InputStream content);

    default long put(String key, byte[] content) {
        return put(key, new java.io.ByteArrayInputStream(content));
    }

    /** Opens the object for reading; the caller closes the stream. */
    InputStream open(String key);

    boolean exists(String key);

    void delete(String key);

    /** Every object whose key starts with {@code prefix} (e.g. {@code documents/42/}). */
    java.util.List<StoredObject> list(String prefix);

    /** Whether the storage can be written to now (for health checks). */
    boolean isWritable();
}
