package io.pageflow.understanding.llm;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import io.smallrye.faulttolerance.api.CustomBackoffStrategy;

/**
 * The wait before the next attempt of an LLM call: what the endpoint asked for in {@code Retry-After} (a 429 or a
 * 503), otherwise exponential from the {@code @Retry} delay (1 s, 2 s, …) with up to a fifth added at random so
 * that workers that failed together do not come back together. Waits are capped at {@link #MAX_WAIT}: an
 * endpoint that asks for minutes is better left to the pipeline's own, later retry of the page.
 *
 * <p>Fault Tolerance creates one instance per call.
 */
public class RetryAfterBackoff implements CustomBackoffStrategy {

    static final Duration MAX_WAIT = Duration.ofSeconds(30);

    private long nextMillis = 1000;

    @Override
    public void init(long initialDelayInMillis) {
        nextMillis = Math.max(1, initialDelayInMillis);
    }

    @Override
    public long nextDelayInMillis(Throwable cause) {
        long exponential = nextMillis + ThreadLocalRandom.current().nextLong(nextMillis / 5 + 1);
        nextMillis = Math.min(nextMillis * 2, MAX_WAIT.toMillis());
        long wait = LlmCallFailure.retryAfter(cause).map(Duration::toMillis).orElse(exponential);
        return Math.min(wait, MAX_WAIT.toMillis());
    }
}
