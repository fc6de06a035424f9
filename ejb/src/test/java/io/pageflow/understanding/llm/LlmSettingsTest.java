package io.pageflow.understanding.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class LlmSettingsTest {

    @Test
    void offWithoutABaseUrlWithDefaults() {
        LlmSettings settings = LlmSettings.from(name -> Optional.empty());
        assertFalse(settings.isConfigured());
        assertEquals(Duration.ofSeconds(60), settings.timeout());
        assertEquals(2, settings.maxConcurrent());
    }

    @Test
    void readsEverySettingAndNeverPrintsTheKey() {
        Map<String, String> config = Map.of(LlmSettings.BASE_URL, "http://127.0.0.1:8000/v1/",
                LlmSettings.MODEL, "qwen2.5-7b", LlmSettings.API_KEY, "sk-secret",
                LlmSettings.TIMEOUT_SECONDS, "15", LlmSettings.MAX_CONCURRENT, "4");
        LlmSettings settings = LlmSettings.from(name -> Optional.ofNullable(config.get(name)));
        assertTrue(settings.isConfigured());
        assertEquals(URI.create("http://127.0.0.1:8000/v1/chat/completions"), settings.chatCompletions());
        assertEquals(Duration.ofSeconds(15), settings.timeout());
        assertEquals(4, settings.maxConcurrent());
        assertEquals("sk-secret", settings.apiKey().orElseThrow());
        assertFalse(settings.toString().contains("sk-secret"), settings.toString());
    }

    @Test
    void theTimeoutIsKeptWithinTheBoundOfOneCall() {
        LlmSettings settings = LlmSettings.from(name -> LlmSettings.TIMEOUT_SECONDS.equals(name)
                ? Optional.of("900") : Optional.empty());
        assertEquals(Duration.ofSeconds(LlmSettings.MAX_TIMEOUT_SECONDS), settings.timeout());
        Duration retrying = LlmPolicyExtension.CALL_BOUND.minus(LlmPolicyExtension.attemptBound(settings));
        assertTrue(retrying.toSeconds() > 1, "retries still fit: " + retrying);
    }

    @Test
    void retryAfterIsSecondsOrAnHttpDate() {
        Instant now = Instant.parse("2026-03-14T10:00:00Z");
        assertEquals(Optional.of(Duration.ofSeconds(1)), RetryAfter.parse("1", now));
        assertEquals(Optional.of(Duration.ofSeconds(90)), RetryAfter.parse("Sat, 14 Mar 2026 10:01:30 GMT", now));
        assertEquals(Optional.of(Duration.ZERO), RetryAfter.parse("Sat, 14 Mar 2026 09:00:00 GMT", now));
        assertEquals(Optional.empty(), RetryAfter.parse("soon", now));
    }

    @Test
    void theBackoffWaitsWhatTheEndpointAskedForOrGrowsExponentially() {
        RetryAfterBackoff backoff = new RetryAfterBackoff();
        backoff.init(1000);
        long first = backoff.nextDelayInMillis(new RuntimeException("500"));
        long second = backoff.nextDelayInMillis(new RuntimeException("500"));
        assertTrue(first >= 1000 && first <= 1200, "first " + first);
        assertTrue(second >= 2000 && second <= 2400, "second " + second);
        LlmCallFailure rateLimited = new LlmCallFailure.Transient(io.pageflow.error.ErrorCode.LLM_RATE_LIMIT, "429",
                Optional.of(Duration.ofSeconds(3)), null);
        assertEquals(3000, backoff.nextDelayInMillis(new java.util.concurrent.CompletionException(rateLimited)));
        LlmCallFailure patient = new LlmCallFailure.Transient(io.pageflow.error.ErrorCode.LLM_RATE_LIMIT, "429",
                Optional.of(Duration.ofHours(1)), null);
        assertEquals(RetryAfterBackoff.MAX_WAIT.toMillis(), backoff.nextDelayInMillis(patient));
    }
}
