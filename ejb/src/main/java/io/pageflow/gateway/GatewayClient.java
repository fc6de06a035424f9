package io.pageflow.gateway;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;

import io.pageflow.error.ErrorCode;
import io.pageflow.storage.StorageException;
import io.smallrye.faulttolerance.api.CircuitBreakerName;

/**
 * One attempt at the conversion gateway: the document goes out as {@link GatewayRequests} says and the answer
 * comes back as bytes, exactly as the gateway wrote them, or the attempt fails with a {@link GatewayException}
 * carrying the code the job ends with if it is the last attempt.
 *
 * <p>The <b>circuit breaker</b> opens when 6 of the last 8 attempts failed transiently (5xx, no connection, no
 * answer in time): two jobs in a row that used up their three attempts. An open breaker fails attempts at once
 * for 30 s instead of each waiting through its timeout; then one trial attempt decides whether it closes. A 4xx
 * counts as a success: the gateway is up, it refused one document. Retries are not here but in the stage
 * ({@link GatewayService}): each attempt is one delivery of the stage's message, so every retry is in the job's
 * audit trail and no transaction waits through a backoff. Its state is in readiness ({@link #BREAKER}).
 */
@ApplicationScoped
public class GatewayClient {

    /** The circuit breaker's name, by which readiness asks for its state. */
    public static final String BREAKER = "conversion-gateway";

    private static final int MAX_ERROR_DETAIL = 300;

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1) // no h2c upgrade: a PUT body and an upgrade do not mix well
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 30_000, successThreshold = 1,
            failOn = GatewayException.Transient.class)
    @CircuitBreakerName(BREAKER)
    public byte[] convert(GatewaySettings settings, GatewayDocument document) {
        // the client's own timeout covers the wait for the headers only: the whole exchange gets the deadline
        CompletableFuture<HttpResponse<byte[]>> exchange = http.sendAsync(GatewayRequests.of(settings, document),
                HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> response;
        try {
            response = exchange.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            exchange.cancel(true); // closes the connection
            throw timedOut(settings, e);
        } catch (ExecutionException e) {
            for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
                if (t instanceof StorageException storageFailure) {
                    throw storageFailure; // the file could not be read: not the gateway's fault
                }
            }
            throw unreachable(settings, e.getCause());
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            throw new GatewayException.Transient(ErrorCode.GW_TIMEOUT, "The gateway call was interrupted", e);
        }
        return answer(settings, response);
    }

    private static GatewayException unreachable(GatewaySettings settings, Throwable cause) {
        if (cause instanceof HttpTimeoutException) {
            return timedOut(settings, cause);
        }
        if (cause instanceof ConnectException || cause instanceof IOException) {
            return new GatewayException.Transient(ErrorCode.IO_ERROR, "The conversion gateway " + settings.endpoint()
                    + " cannot be reached: " + cause, cause);
        }
        return new GatewayException(ErrorCode.UNKNOWN, "The call to the conversion gateway failed: " + cause, cause);
    }

    private static GatewayException timedOut(GatewaySettings settings, Throwable cause) {
        return new GatewayException.Transient(ErrorCode.GW_TIMEOUT, "The conversion gateway did not answer within "
                + settings.timeout().toSeconds() + " s (PAGEFLOW_GATEWAY_TIMEOUT_SECONDS)", cause);
    }

    private static byte[] answer(GatewaySettings settings, HttpResponse<byte[]> response) {
        int status = response.statusCode();
        byte[] body = response.body() == null ? new byte[0] : response.body();
        if (status >= 200 && status < 300) {
            String problem = notXml(response.headers().firstValue("Content-Type"), body);
            if (problem != null) {
                throw new GatewayException(ErrorCode.UNKNOWN, "The conversion gateway answered HTTP " + status
                        + " with something else than XML: " + problem, null);
            }
            return body;
        }
        String detail = "HTTP " + status + " from " + settings.endpoint() + ": " + shorten(body);
        if (status >= 400 && status < 500) {
            throw new GatewayException(ErrorCode.GW_4XX, "The conversion gateway refused the document, " + detail, null);
        }
        if (status >= 500 && status < 600) {
            throw new GatewayException.Transient(ErrorCode.GW_5XX, "The conversion gateway failed, " + detail, null);
        }
        throw new GatewayException(ErrorCode.UNKNOWN, "The conversion gateway answered " + detail, null);
    }

    /**
     * Null when the answer is XML by its declared type ({@code application/xml}, {@code text/xml}, {@code …+xml}),
     * or, without one, by its first character; else what is wrong with it. Not a well-formedness parse: the answer
     * is stored as the gateway gave it, and a real converter's is not always well-formed (Apache Tika server's
     * XHTML of an ordinary PDF declares XML 1.1 and holds {@code &#0;}, which no XML version allows).
     */
    static String notXml(Optional<String> contentType, byte[] body) {
        if (body.length == 0) {
            return "the body is empty";
        }
        if (contentType.isPresent()) {
            String type = contentType.get().split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
            boolean xml = type.equals("application/xml") || type.equals("text/xml") || type.endsWith("+xml");
            return xml ? null : "its Content-Type is " + contentType.get();
        }
        String start = new String(body, 0, Math.min(body.length, 64), StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
        return start.startsWith("<") ? null : "it has no Content-Type and does not start with <";
    }

    static String shorten(byte[] body) {
        String text = new String(body, 0, Math.min(body.length, 4 * MAX_ERROR_DETAIL), StandardCharsets.UTF_8);
        if (text.isBlank()) {
            return "(no detail)";
        }
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= MAX_ERROR_DETAIL ? oneLine : oneLine.substring(0, MAX_ERROR_DETAIL) + "…";
    }
}
