package io.pageflow.understanding.llm;

import jakarta.ejb.ApplicationException;

import io.pageflow.error.ErrorCode;
import io.pageflow.error.PipelineException;
import io.pageflow.understanding.TokenUsage;

/**
 * How an LLM call finally failed, after its retries: {@code LLM_RATE_LIMIT} or {@code LLM_TIMEOUT} (retryable),
 * {@code LLM_ERROR} or {@code LLM_INVALID_OUTPUT} (terminal), with the tokens the call used all the same (an
 * answer that was not valid JSON was still paid for). An application exception, so that it reaches the caller
 * of {@link LlmEngine} as itself and does not mark the caller's transaction for rollback.
 */
@ApplicationException(rollback = false)
public class LlmException extends PipelineException {

    private final TokenUsage tokens;

    public LlmException(ErrorCode code, String message, TokenUsage tokens, Throwable cause) {
        super(code, message, cause);
        this.tokens = tokens == null ? TokenUsage.NONE : tokens;
    }

    /** Tokens used by the failed call; {@link TokenUsage#NONE} when the endpoint never answered. */
    public TokenUsage tokens() {
        return tokens;
    }
}
