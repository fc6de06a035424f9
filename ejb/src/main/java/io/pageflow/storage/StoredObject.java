package io.pageflow.storage;

import java.time.Instant;

/** An object as a listing shows it. */
public record StoredObject(String key, Instant lastModified) {
}
