package io.pageflow.understanding.llm;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import io.pageflow.error.ErrorCode;

/**
 * How one HTTP call to the endpoint failed, as the fault-tolerance policy of {@link LlmClient} sees it: a
 * {@link Transient} failure is worth another attempt (429, 5xx, no connection, no answer in time), a
 * {@link Rejected} one is not (any other 4xx: the request itself is wrong). Each knows the code a page stores
 * when it is the last failure.
 */
abstract class LlmCallFailure extends RuntimeException {

    private final ErrorCode code;

    LlmCallFailure(ErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    ErrorCode code() {
        return code;
    }

    /** The wait the endpoint asked for, if the failure carries one ({@code Retry-After}). */
    static Optional<Duration> retryAfter(Throwable failure) {
        return unwrap(failure) instanceof Transient t ? t.retryAfter : Optional.empty();
    }

    /** The failure itself, without the wrappers that asynchronous execution adds. */
    static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    static class Transient extends LlmCallFailure {

        private final Optional<Duration> retryAfter;

        Transient(ErrorCode code, String message, Optional<Duration> retryAfter, Throwable cause) {
            super(code, message, cause);
            this.retryAfter = retryAfter;
        }
    }

    /**
     * A 429: the endpoint is well but asks us to slow down. Retried after its {@code Retry-After}, and not held
     * against the endpoint by the circuit breaker (a busy endpoint is not a broken one).
     */
    static final class RateLimited extends Transient {

        RateLimited(String message, Optional<Duration> retryAfter) {
            super(ErrorCode.LLM_RATE_LIMIT, message, retryAfter, null);
        }
    }

    static final class Rejected extends LlmCallFailure {

        private final int status;
        private final String detail;

        Rejected(int status, String detail) {
            this(status, detail, "The LLM endpoint refused the request (HTTP " + status + "): " + detail);
        }

        private Rejected(int status, String detail, String message) {
            super(ErrorCode.LLM_ERROR, message, null);
            this.status = status;
            this.detail = detail;
        }

        /** A 200 whose body is not a chat completion: the endpoint is not what it was configured as. */
        static Rejected notACompletion(String detail) {
            return new Rejected(200, detail, "The LLM endpoint's answer is not a chat completion: " + detail);
        }

        /** Whether the endpoint refused {@code response_format: json_schema} (older or smaller servers). */
        boolean refusesJsonSchema() {
            String text = detail.toLowerCase(java.util.Locale.ROOT);
            return status == 400 && (text.contains("json_schema") || text.contains("response_format"));
        }
    }
}
