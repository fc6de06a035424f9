package io.pageflow.understanding.llm;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.microprofile.config.Config;

/**
 * Where the LLM engine sends its calls and how long it waits, read from MicroProfile Config
 * ({@code PAGEFLOW_LLM_*}, see docs/configuration.md). One value rather than injected fields, so that a call can
 * carry its own (an in-container test points the engine at its own endpoint) and so that
 * {@link LlmPolicyExtension} can read the same settings before any bean exists.
 *
 * @param baseUrl       the OpenAI-compatible API root, e.g. {@code https://api.openai.com/v1}; empty: the engine is off
 * @param model         the model name sent with every request
 * @param apiKey        sent as {@code Authorization: Bearer …} when present
 * @param timeout       how long one attempt may take
 * @param maxConcurrent calls in flight at once on this node; more wait in line
 */
public record LlmSettings(Optional<URI> baseUrl, String model, Optional<String> apiKey, Duration timeout,
        int maxConcurrent) {

    static final String BASE_URL = "pageflow.llm.base-url";
    static final String MODEL = "pageflow.llm.model";
    static final String API_KEY = "pageflow.llm.api-key";
    static final String TIMEOUT_SECONDS = "pageflow.llm.timeout-seconds";
    static final String MAX_CONCURRENT = "pageflow.llm.max-concurrent";

    static final int DEFAULT_TIMEOUT_SECONDS = 60;
    static final int DEFAULT_MAX_CONCURRENT = 2;
    /** An attempt longer than this would break the bound on one whole call (see {@link LlmClient}). */
    static final int MAX_TIMEOUT_SECONDS = 120;

    public LlmSettings {
        baseUrl = baseUrl.map(LlmSettings::withoutTrailingSlash);
        model = model == null ? "" : model.strip();
        apiKey = apiKey.map(String::strip).filter(key -> !key.isEmpty());
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the LLM timeout must be positive: " + timeout);
        }
        if (maxConcurrent < 1) {
            throw new IllegalArgumentException("at least one concurrent LLM call: " + maxConcurrent);
        }
    }

    /** The settings the application is configured with. */
    public static LlmSettings from(Config config) {
        return from(name -> config.getOptionalValue(name, String.class));
    }

    static LlmSettings from(Function<String, Optional<String>> config) {
        Optional<URI> baseUrl = config.apply(BASE_URL).map(String::strip).filter(url -> !url.isEmpty())
                .map(URI::create);
        long timeoutSeconds = config.apply(TIMEOUT_SECONDS).map(Long::parseLong).orElse((long) DEFAULT_TIMEOUT_SECONDS);
        int maxConcurrent = config.apply(MAX_CONCURRENT).map(Integer::parseInt).orElse(DEFAULT_MAX_CONCURRENT);
        return new LlmSettings(baseUrl, config.apply(MODEL).orElse(""), config.apply(API_KEY),
                Duration.ofSeconds(Math.min(Math.max(1, timeoutSeconds), MAX_TIMEOUT_SECONDS)), maxConcurrent);
    }

    /** Off unless a base URL is configured. */
    public boolean isConfigured() {
        return baseUrl.isPresent();
    }

    /** The same settings against another endpoint. */
    public LlmSettings withBaseUrl(URI url) {
        return new LlmSettings(Optional.of(url), model, apiKey, timeout, maxConcurrent);
    }

    public LlmSettings withModel(String name) {
        return new LlmSettings(baseUrl, name, apiKey, timeout, maxConcurrent);
    }

    public LlmSettings withTimeout(Duration attempt) {
        return new LlmSettings(baseUrl, model, apiKey, attempt, maxConcurrent);
    }

    /** {@code POST} target of a chat completion. */
    URI chatCompletions() {
        return URI.create(baseUrl.orElseThrow() + "/chat/completions");
    }

    /** Never prints the API key. */
    @Override
    public String toString() {
        return "LlmSettings[baseUrl=" + baseUrl.map(URI::toString).orElse("(none)") + ", model=" + model
                + ", apiKey=" + (apiKey.isPresent() ? "(set)" : "(none)") + ", timeout=" + timeout
                + ", maxConcurrent=" + maxConcurrent + "]";
    }

    private static URI withoutTrailingSlash(URI url) {
        String text = url.toString();
        return text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : url;
    }
}
