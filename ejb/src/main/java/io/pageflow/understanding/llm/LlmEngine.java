package io.pageflow.understanding.llm;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

import io.pageflow.error.ErrorCode;
import io.pageflow.understanding.Classification;
import io.pageflow.understanding.ClassificationEngine;
import io.pageflow.understanding.ExtractionEngine;
import io.pageflow.understanding.FieldValue;
import io.pageflow.understanding.PageInput;
import io.pageflow.understanding.TokenUsage;
import io.pageflow.understanding.TypeDefinition;

/**
 * Classification and extraction by a large language model, for the types whose definition says
 * {@code "engine": "llm"}: any OpenAI-compatible chat-completions endpoint ({@code PAGEFLOW_LLM_BASE_URL},
 * {@code PAGEFLOW_LLM_MODEL}, {@code PAGEFLOW_LLM_API_KEY}), asked for JSON matching a schema, the answer checked
 * against that schema. Off unless configured: {@link #isConfigured()}.
 *
 * <p>A call fails with an {@link LlmException}: {@code LLM_RATE_LIMIT} or {@code LLM_TIMEOUT} (retryable),
 * {@code LLM_ERROR} (refused, unreachable, failing, circuit open, not configured) or {@code LLM_INVALID_OUTPUT},
 * after the retries of {@link LlmClient}; it carries the tokens used, as results do.
 *
 * <p>A session bean (no-interface view) rather than a plain CDI bean so that other deployments, such as the
 * in-container tests, reach it by JNDI; it touches no transactional resource, so it runs outside the caller's
 * transaction. Only its no-interface view is a bean type: injecting {@code ClassificationEngine} does not pick it.
 */
@Stateless
@LocalBean
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LlmEngine implements ClassificationEngine, ExtractionEngine {

    private static final SchemaCheck SCHEMAS = new SchemaCheck();

    @Inject
    LlmClient client;

    private LlmSettings settings;
    private final LlmAnswers answers = new LlmAnswers(SCHEMAS);

    @PostConstruct
    void readSettings() {
        settings = LlmSettings.from(ConfigProvider.getConfig(LlmEngine.class.getClassLoader()));
    }

    /** Whether {@code PAGEFLOW_LLM_BASE_URL} is set; calls fail with {@code LLM_ERROR} otherwise. */
    public boolean isConfigured() {
        return settings.isConfigured();
    }

    /** The configured settings (the API key is never printed). */
    public LlmSettings settings() {
        return settings;
    }

    @Override
    public Classification classify(PageInput page, List<TypeDefinition> types, double threshold) {
        return classify(settings, page, types, threshold);
    }

    /** Like {@link #classify(PageInput, List, double)}, against the endpoint of {@code with}. */
    public Classification classify(LlmSettings with, PageInput page, List<TypeDefinition> types, double threshold) {
        JsonObject request = LlmPrompts.classification(requireConfigured(with).model(), page, types);
        return answers.classification(complete(with, request), types, threshold);
    }

    /** The fields only; {@link #extraction} also says how many tokens they took. */
    @Override
    public Map<String, FieldValue> extract(PageInput page, TypeDefinition type) {
        return extraction(settings, page, type).fields();
    }

    public LlmExtraction extraction(PageInput page, TypeDefinition type) {
        return extraction(settings, page, type);
    }

    /** Like {@link #extraction(PageInput, TypeDefinition)}, against the endpoint of {@code with}. */
    public LlmExtraction extraction(LlmSettings with, PageInput page, TypeDefinition type) {
        JsonObject request = LlmPrompts.extraction(requireConfigured(with).model(), page, type);
        LlmReply reply = complete(with, request);
        return new LlmExtraction(answers.fields(reply, type, page), reply.tokens());
    }

    /**
     * Any answer as a JSON object matching {@code schema}: the instructions say what to do, {@code text} is what
     * to do it on (clipped like a page). Fails like the other calls, {@code LLM_INVALID_OUTPUT} when the answer
     * is not such an object.
     */
    public LlmJson answer(String name, String instructions, String text, JsonObject schema) {
        JsonObject request = LlmPrompts.answer(requireConfigured(settings).model(), instructions, text, name, schema);
        LlmReply reply = complete(settings, request);
        JsonObject answer = answers.json(reply);
        answers.requireValid(reply, schema, answer);
        return new LlmJson(answer, reply.tokens());
    }

    /**
     * The call, and once more with {@code json_object} if the endpoint refuses {@code json_schema} (a refusal
     * costs no tokens).
     */
    private LlmReply complete(LlmSettings with, JsonObject request) {
        try {
            return call(with, request);
        } catch (LlmCallFailure.Rejected refused) {
            if (!refused.refusesJsonSchema()) {
                throw failure(refused);
            }
            try {
                return call(with, LlmPrompts.withJsonObjectFormat(request));
            } catch (LlmCallFailure.Rejected again) {
                throw failure(again);
            }
        }
    }

    /** Waits for the guarded call, never longer than the bound on one call (and a little more). */
    private LlmReply call(LlmSettings with, JsonObject request) {
        try {
            return client.complete(with, request).toCompletableFuture()
                    .get(LlmPolicyExtension.CALL_BOUND.toSeconds() + 10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            Throwable cause = LlmCallFailure.unwrap(e);
            if (cause instanceof LlmCallFailure.Rejected refused) {
                throw refused;
            }
            throw failure(cause);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new LlmException(ErrorCode.LLM_TIMEOUT, "The LLM call did not end within "
                    + LlmPolicyExtension.CALL_BOUND.toMinutes() + " minutes", TokenUsage.NONE, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LlmException(ErrorCode.LLM_TIMEOUT, "The LLM call was interrupted", TokenUsage.NONE, e);
        }
    }

    /** The last failure of a call, as the code and message the page stores. */
    static LlmException failure(Throwable last) {
        if (last instanceof LlmException done) {
            return done;
        }
        if (last instanceof LlmCallFailure call) {
            return new LlmException(call.code(), call.getMessage(), TokenUsage.NONE, call);
        }
        if (last instanceof TimeoutException) {
            return new LlmException(ErrorCode.LLM_TIMEOUT, "The LLM call ran past its deadline", TokenUsage.NONE,
                    last);
        }
        if (last instanceof CircuitBreakerOpenException) {
            return new LlmException(ErrorCode.LLM_ERROR, "The LLM endpoint failed repeatedly; calls are "
                    + "suspended for a while (circuit breaker open)", TokenUsage.NONE, last);
        }
        if (last instanceof BulkheadException) {
            return new LlmException(ErrorCode.LLM_RATE_LIMIT, "Too many LLM calls are waiting on this node",
                    TokenUsage.NONE, last);
        }
        return new LlmException(ErrorCode.LLM_ERROR, "The LLM call failed: " + last, TokenUsage.NONE, last);
    }

    private static LlmSettings requireConfigured(LlmSettings with) {
        if (!with.isConfigured()) {
            throw new LlmException(ErrorCode.LLM_ERROR,
                    "The LLM engine is not configured: set PAGEFLOW_LLM_BASE_URL", TokenUsage.NONE, null);
        }
        if (with.model().isEmpty()) {
            throw new LlmException(ErrorCode.LLM_ERROR,
                    "The LLM engine has no model: set PAGEFLOW_LLM_MODEL", TokenUsage.NONE, null);
        }
        return with;
    }
}
