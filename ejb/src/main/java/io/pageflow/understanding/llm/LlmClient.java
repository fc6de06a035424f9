package io.pageflow.understanding.llm;

import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import org.eclipse.microprofile.faulttolerance.Asynchronous;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

import io.pageflow.error.ErrorCode;
import io.smallrye.faulttolerance.api.CustomBackoff;

/**
 * One chat completion over HTTP ({@code POST {base}/chat/completions}), under the fault-tolerance policy that
 * every LLM call of the node shares:
 * <ul>
 * <li><b>Bulkhead</b>: {@code PAGEFLOW_LLM_MAX_CONCURRENT} calls in flight; more wait in line (the method is
 * asynchronous so that they can wait instead of being refused), each attempt takes its place in line again.</li>
 * <li><b>Timeout</b>: the exchange, answer included, is given up after {@code PAGEFLOW_LLM_TIMEOUT_SECONDS} and
 * its connection closed; Fault Tolerance's timeout, 5 s later, also bounds the wait in line.</li>
 * <li><b>Retry</b>: two more attempts after a 429, a 5xx, no connection or no answer in time, never after any
 * other 4xx. The wait is the endpoint's {@code Retry-After} or 1 s then 2 s ({@link RetryAfterBackoff}); no
 * retry starts once the call is so old that another attempt could end after 3 minutes.</li>
 * <li><b>Circuit breaker</b>: opens when 6 of the last 8 attempts failed that way (two calls that used up
 * their retries in a row): an endpoint that fails so steadily is down, and pages fail at once for 30 s instead
 * of each waiting through its retries. Then one trial call decides whether it closes. A 429 does not count:
 * a busy endpoint is not a broken one, and its pages should end in {@code LLM_RATE_LIMIT}.</li>
 * </ul>
 * The numbers in the annotations are the defaults; {@link LlmPolicyExtension} sets the bulkhead, timeout and
 * retry duration from the configured settings. Every one can also be overridden with MicroProfile Fault
 * Tolerance's own keys ({@code io.pageflow.understanding.llm.LlmClient/complete/CircuitBreaker/delay}).
 */
@ApplicationScoped
public class LlmClient {

    private static final int MAX_ERROR_DETAIL = 300;

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1) // no h2c upgrade: local servers handle it poorly
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @Asynchronous
    @Bulkhead(value = LlmSettings.DEFAULT_MAX_CONCURRENT, waitingTaskQueue = 64)
    @Timeout(value = LlmSettings.DEFAULT_TIMEOUT_SECONDS + LlmPolicyExtension.GRACE_SECONDS, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 1000, maxDuration = 115, durationUnit = ChronoUnit.SECONDS,
            retryOn = { LlmCallFailure.Transient.class, TimeoutException.class, BulkheadException.class })
    @CustomBackoff(RetryAfterBackoff.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 30_000, successThreshold = 1,
            failOn = { LlmCallFailure.Transient.class, TimeoutException.class }, skipOn = LlmCallFailure.RateLimited.class)
    public CompletionStage<LlmReply> complete(LlmSettings settings, JsonObject request) {
        return CompletableFuture.completedFuture(send(settings, request));
    }

    private LlmReply send(LlmSettings settings, JsonObject request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(settings.chatCompletions())
                .timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(request.toString(), StandardCharsets.UTF_8));
        settings.apiKey().ifPresent(key -> builder.header("Authorization", "Bearer " + key));
        // the client's own timeout covers the wait for the headers only: the whole exchange gets the deadline
        CompletableFuture<HttpResponse<String>> exchange = http.sendAsync(builder.build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        HttpResponse<String> response;
        try {
            response = exchange.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            exchange.cancel(true); // closes the connection
            throw timedOut(settings, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof HttpTimeoutException) {
                throw timedOut(settings, cause);
            }
            throw new LlmCallFailure.Transient(ErrorCode.LLM_ERROR, "The LLM endpoint " + settings.chatCompletions()
                    + " cannot be reached: " + cause, Optional.empty(), cause);
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            throw new LlmCallFailure.Transient(ErrorCode.LLM_TIMEOUT, "The LLM call was interrupted",
                    Optional.empty(), e);
        }
        return read(response);
    }

    private static LlmCallFailure timedOut(LlmSettings settings, Throwable cause) {
        return new LlmCallFailure.Transient(ErrorCode.LLM_TIMEOUT, "The LLM endpoint did not answer within "
                + settings.timeout().toSeconds() + " s (PAGEFLOW_LLM_TIMEOUT_SECONDS)", Optional.empty(), cause);
    }

    private static LlmReply read(HttpResponse<String> response) {
        int status = response.statusCode();
        if (status == 200) {
            return ChatCompletion.reply(parse(response.body()));
        }
        Optional<Duration> retryAfter = RetryAfter.parse(response.headers().firstValue("Retry-After"));
        String detail = errorDetail(response.body());
        if (status == 429) {
            throw new LlmCallFailure.RateLimited("The LLM endpoint is rate limiting (HTTP 429): " + detail, retryAfter);
        }
        if (status == 408) {
            throw new LlmCallFailure.Transient(ErrorCode.LLM_TIMEOUT,
                    "The LLM endpoint timed out (HTTP 408): " + detail, retryAfter, null);
        }
        if (status >= 500) {
            throw new LlmCallFailure.Transient(ErrorCode.LLM_ERROR,
                    "The LLM endpoint failed (HTTP " + status + "): " + detail, retryAfter, null);
        }
        throw new LlmCallFailure.Rejected(status, detail);
    }

    private static JsonObject parse(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw LlmCallFailure.Rejected.notACompletion(shorten(body));
        }
    }

    /** OpenAI's {@code {"error": {"message": …}}}, or the start of whatever else the body is. */
    private static String errorDetail(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            JsonObject error = reader.readObject().getJsonObject("error");
            if (error != null && error.containsKey("message")) {
                return shorten(error.getString("message", ""));
            }
        } catch (RuntimeException notJson) {
            // fall through to the raw body
        }
        return shorten(body);
    }

    static String shorten(String text) {
        if (text == null || text.isBlank()) {
            return "(no detail)";
        }
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= MAX_ERROR_DETAIL ? oneLine : oneLine.substring(0, MAX_ERROR_DETAIL) + "…";
    }
}
