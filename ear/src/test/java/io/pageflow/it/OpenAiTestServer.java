package io.pageflow.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An OpenAI-compatible chat-completions endpoint for tests ({@code POST /v1/chat/completions}), scripted per
 * test: each request takes the next scripted {@link Reply}, or the default one when the script is used up. Its
 * answers have OpenAI's shape (a {@code chat.completion} with {@code choices[0].message} and {@code usage}; errors as
 * {@code {"error": {...}}}; {@code Retry-After} on a 429). It records every request it received, when, and how
 * many were in progress at once.
 */
public final class OpenAiTestServer implements AutoCloseable {

    /** Tokens every successful answer reports. */
    public static final int PROMPT_TOKENS = 120;
    public static final int COMPLETION_TOKENS = 12;

    private final HttpServer server;
    private final ExecutorService handlers = Executors.newCachedThreadPool();
    private final Queue<Reply> script = new ConcurrentLinkedQueue<>();
    private final List<Received> received = java.util.Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger inProgress = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();
    private final CountDownLatch closing = new CountDownLatch(1);
    private volatile Reply otherwise = Reply.json("{}");

    private OpenAiTestServer(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        server.setExecutor(handlers);
        server.createContext("/v1/chat/completions", this::handle);
    }

    /** A server on a free port of the loopback interface. */
    public static OpenAiTestServer start() throws IOException {
        return start(0);
    }

    /** A server on the given port of the loopback interface (where the server under test is configured to call). */
    public static OpenAiTestServer start(int port) throws IOException {
        OpenAiTestServer s = new OpenAiTestServer(port);
        s.server.start();
        return s;
    }

    /** The base URL a client is configured with: {@code http://127.0.0.1:PORT/v1}. */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1");
    }

    /** The next requests get these replies, in order. */
    public OpenAiTestServer then(Reply... replies) {
        script.addAll(List.of(replies));
        return this;
    }

    /** Requests past the script get this reply. */
    public OpenAiTestServer otherwise(Reply reply) {
        otherwise = reply;
        return this;
    }

    /** Forgets the requests received so far (and the most in progress at once). */
    public void forget() {
        received.clear();
        mostAtOnce.set(0);
    }

    public int calls() {
        return received.size();
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public int mostAtOnce() {
        return mostAtOnce.get();
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        handlers.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        int now = inProgress.incrementAndGet();
        mostAtOnce.accumulateAndGet(now, Math::max);
        try {
            JsonObject request = readRequest(exchange.getRequestBody());
            received.add(new Received(Instant.now(), request, exchange.getRequestHeaders().getFirst("Authorization")));
            Reply reply = script.poll();
            (reply == null ? otherwise : reply).send(exchange, request, closing);
        } finally {
            inProgress.decrementAndGet();
            exchange.close();
        }
    }

    private static JsonObject readRequest(InputStream body) throws IOException {
        String text = new String(body.readAllBytes(), StandardCharsets.UTF_8);
        try {
            return Json.createReader(new StringReader(text)).readObject();
        } catch (RuntimeException notJson) {
            return Json.createObjectBuilder().add("unparsed", text).build();
        }
    }

    /** One request as the server received it. */
    public record Received(Instant at, JsonObject body, String authorization) {

        public String responseFormat() {
            JsonObject format = body.getJsonObject("response_format");
            return format == null ? null : format.getString("type", null);
        }
    }

    /** What the server answers to one request. */
    @FunctionalInterface
    public interface Reply {

        void send(HttpExchange exchange, JsonObject request, CountDownLatch closing) throws IOException;

        /** 200, a chat completion whose message content is this text (JSON or not). */
        static Reply content(String content) {
            return (exchange, request, closing) -> write(exchange, 200, Map.of(), completion(request, content));
        }

        /** 200, a chat completion whose content is this JSON. */
        static Reply json(String json) {
            return content(json);
        }

        /** An OpenAI error with this status. */
        static Reply error(int status, String type, String message) {
            return (exchange, request, closing) -> write(exchange, status, Map.of(), errorBody(type, message));
        }

        /** 429 with {@code Retry-After: seconds}. */
        static Reply rateLimited(int retryAfterSeconds) {
            return (exchange, request, closing) -> write(exchange, 429,
                    Map.of("Retry-After", String.valueOf(retryAfterSeconds)),
                    errorBody("rate_limit_exceeded", "Rate limit reached for requests. Please try again in "
                            + retryAfterSeconds + "s."));
        }

        /** No answer at all until the server closes (or a minute passes). */
        static Reply stall() {
            return (exchange, request, closing) -> {
                try {
                    closing.await(1, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            };
        }

        /** 200 and the start of a completion, then nothing more until the server closes (or a minute passes). */
        static Reply trickle() {
            return (exchange, request, closing) -> {
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, 0);
                OutputStream out = exchange.getResponseBody();
                out.write("{\"id\": \"chatcmpl-slow\", \"object\": ".getBytes(StandardCharsets.UTF_8));
                out.flush();
                try {
                    closing.await(1, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            };
        }

        /** The given reply, after a pause. */
        static Reply after(Duration pause, Reply reply) {
            return (exchange, request, closing) -> {
                try {
                    if (closing.await(pause.toMillis(), TimeUnit.MILLISECONDS)) {
                        return;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                reply.send(exchange, request, closing);
            };
        }

        /** A reply that depends on the request. */
        static Reply choosing(Function<JsonObject, Reply> choice) {
            return (exchange, request, closing) -> choice.apply(request).send(exchange, request, closing);
        }
    }

    private static JsonObject completion(JsonObject request, String content) {
        return Json.createObjectBuilder()
                .add("id", "chatcmpl-test-" + System.nanoTime())
                .add("object", "chat.completion")
                .add("created", Instant.now().getEpochSecond())
                .add("model", request.getString("model", "test-model"))
                .add("choices", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("index", 0)
                        .add("message", Json.createObjectBuilder()
                                .add("role", "assistant").add("content", content).add("refusal", JsonValue.NULL))
                        .add("logprobs", JsonValue.NULL)
                        .add("finish_reason", "stop")))
                .add("usage", Json.createObjectBuilder()
                        .add("prompt_tokens", PROMPT_TOKENS)
                        .add("completion_tokens", COMPLETION_TOKENS)
                        .add("total_tokens", PROMPT_TOKENS + COMPLETION_TOKENS))
                .build();
    }

    private static JsonObject errorBody(String type, String message) {
        return Json.createObjectBuilder().add("error", Json.createObjectBuilder()
                .add("message", message).add("type", type).add("param", JsonValue.NULL).add("code", type))
                .build();
    }

    private static void write(HttpExchange exchange, int status, Map<String, String> headers, JsonObject body)
            throws IOException {
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        headers.forEach(exchange.getResponseHeaders()::set);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
