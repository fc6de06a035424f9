package io.pageflow.storage;

import java.io.InputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * The storage everyone injects: the configured backend behind retries and a circuit breaker.
 *
 * <p>Retries: 3 more tries, 200 ms apart with up to 150 ms of jitter, absorb a blip (a busy disk, an S3
 * 503) inside the same delivery; longer outages fail the call, and the message is redelivered by the
 * broker with exponential backoff. The breaker opens when half of the last 20 calls failed, and fails
 * calls at once for 10 s so that workers stop hammering a storage that is down. Streams cannot be
 * replayed, so writes from a stream are not retried here.
 */
@ApplicationScoped
public class ResilientStorage implements ObjectStorage {

    @Inject
    @StorageBackend
    ObjectStorage backend;

    @Override
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 10_000, failOn = StorageException.class)
    public long put(String key, InputStream content) {
        return backend.put(key, content);
    }

    @Override
    @Retry(maxRetries = 3, delay = 200, jitter = 150, retryOn = StorageException.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 10_000, failOn = StorageException.class)
    public long put(String key, byte[] content) {
        return backend.put(key, content);
    }

    @Override
    @Retry(maxRetries = 3, delay = 200, jitter = 150, retryOn = StorageException.class,
            abortOn = StorageObjectMissingException.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 10_000, failOn = StorageException.class,
            skipOn = StorageObjectMissingException.class)
    public InputStream open(String key) {
        return backend.open(key);
    }

    @Override
    @Retry(maxRetries = 3, delay = 200, jitter = 150, retryOn = StorageException.class)
    public boolean exists(String key) {
        return backend.exists(key);
    }

    @Override
    @Retry(maxRetries = 3, delay = 200, jitter = 150, retryOn = StorageException.class)
    public void delete(String key) {
        backend.delete(key);
    }

    @Override
    @Retry(maxRetries = 3, delay = 200, jitter = 150, retryOn = StorageException.class)
    public java.util.List<StoredObject> list(String prefix) {
        return backend.list(prefix);
    }

    @Override
    public boolean isWritable() {
        return backend.isWritable();
    }
}
