package io.pageflow.it;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import jakarta.json.Json;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A conversion gateway for tests, following its contract: {@code POST /process} with a multipart/form-data body
 * holding {@code file} (with a file name), {@code mapping} (JSON) and {@code pretty=1}, and
 * {@code Accept: application/xml}. A request that breaks the contract is answered 400 with what is wrong (so a
 * test sees {@code GW_4XX} and the reason). Otherwise each request takes the next scripted {@link Reply}, or the
 * default one when the script is used up: the faults a real gateway has (4xx, 5xx, a stall, an answer trickling
 * in). Every request is recorded with the parts it carried.
 */
final class GatewayTestServer implements AutoCloseable {

    /** The answer of a successful conversion: pretty XML with non-ASCII text, compared byte for byte. */
    static final byte[] ANSWER = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<document>\n  <field name=\"supplier\">"
            + "Müller & Söhne — Straße 7</field>\n  <field name=\"total\">1 234,50 €</field>\n</document>\n")
            .replace("&", "&amp;").getBytes(StandardCharsets.UTF_8);

    private final HttpServer server;
    private final ExecutorService handlers = Executors.newCachedThreadPool();
    private final Queue<Reply> script = new ConcurrentLinkedQueue<>();
    private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
    private final CountDownLatch closing = new CountDownLatch(1);
    private volatile Reply otherwise = Reply.ok(ANSWER);

    private GatewayTestServer(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        server.setExecutor(handlers);
        server.createContext("/process", this::handle);
    }

    /** A gateway on the port the server under test is configured with ({@code PAGEFLOW_GATEWAY_URL}). */
    static GatewayTestServer start() throws IOException {
        GatewayTestServer gateway = new GatewayTestServer(Integer.getInteger("pageflow.gateway.port"));
        gateway.server.start();
        return gateway;
    }

    GatewayTestServer then(Reply... replies) {
        script.addAll(List.of(replies));
        return this;
    }

    void forget() {
        received.clear();
        script.clear();
        otherwise = Reply.ok(ANSWER);
    }

    int calls() {
        return received.size();
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        handlers.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String accept = exchange.getRequestHeaders().getFirst("Accept");
            String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
            Map<String, Part> parts = contentType != null && contentType.startsWith("multipart/form-data; boundary=")
                    ? Part.parse(body, contentType.substring(contentType.indexOf('=') + 1)) : Map.of();
            Received request = new Received(Instant.now(), exchange.getRequestMethod(), accept, parts);
            received.add(request);
            String broken = request.contractBroken();
            if (broken != null) {
                write(exchange, 400, "text/plain", broken.getBytes(StandardCharsets.UTF_8));
                return;
            }
            Reply reply = script.poll();
            (reply == null ? otherwise : reply).send(exchange, closing);
        } finally {
            exchange.close();
        }
    }

    static void write(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** One request as the gateway received it. */
    record Received(Instant at, String method, String accept, Map<String, Part> parts) {

        /** Null when the request follows the contract, else what it breaks. */
        String contractBroken() {
            if (!method.equals("POST")) {
                return "POST expected, not " + method;
            }
            if (!"application/xml".equals(accept)) {
                return "Accept: application/xml expected, not " + accept;
            }
            Part file = parts.get("file");
            if (file == null || file.fileName() == null || file.content().length == 0) {
                return "a file part with a file name expected; parts: " + parts.keySet();
            }
            Part mapping = parts.get("mapping");
            if (mapping == null) {
                return "a mapping part expected; parts: " + parts.keySet();
            }
            try {
                Json.createReader(new java.io.StringReader(mapping.text())).readValue();
            } catch (RuntimeException e) {
                return "the mapping part is not JSON: " + e.getMessage();
            }
            Part pretty = parts.get("pretty");
            if (pretty == null || !pretty.text().equals("1")) {
                return "pretty=1 expected";
            }
            return null;
        }
    }

    /** One part of a multipart/form-data body. */
    record Part(String name, String fileName, String contentType, byte[] content) {

        String text() {
            return new String(content, StandardCharsets.UTF_8);
        }

        /** The parts by name; ISO-8859-1 keeps every byte as one character, so the file comes back intact. */
        static Map<String, Part> parse(byte[] body, String boundary) {
            String all = new String(body, StandardCharsets.ISO_8859_1);
            Map<String, Part> parts = new LinkedHashMap<>();
            String delimiter = "--" + boundary;
            int at = all.indexOf(delimiter);
            while (at >= 0) {
                int start = at + delimiter.length();
                if (all.startsWith("--", start)) {
                    break; // the closing delimiter
                }
                int headersEnd = all.indexOf("\r\n\r\n", start);
                int next = all.indexOf("\r\n" + delimiter, headersEnd);
                if (headersEnd < 0 || next < 0) {
                    break;
                }
                String headers = all.substring(start, headersEnd);
                byte[] content = Arrays.copyOfRange(body, headersEnd + 4, next);
                String name = parameter(headers, "name");
                parts.put(name, new Part(name, parameter(headers, "filename"), header(headers, "Content-Type"), content));
                at = next + 2;
            }
            return parts;
        }

        private static String parameter(String headers, String name) {
            int at = headers.indexOf("; " + name + "=\"");
            if (at < 0) {
                return null;
            }
            int start = at + name.length() + 4;
            return headers.substring(start, headers.indexOf('"', start));
        }

        private static String header(String headers, String name) {
            for (String line : headers.split("\r\n")) {
                if (line.regionMatches(true, 0, name + ":", 0, name.length() + 1)) {
                    return line.substring(name.length() + 1).strip();
                }
            }
            return null;
        }
    }

    /** What the gateway answers to one request. */
    @FunctionalInterface
    interface Reply {

        void send(HttpExchange exchange, CountDownLatch closing) throws IOException;

        /** 200 with this XML. */
        static Reply ok(byte[] xml) {
            return (exchange, closing) -> write(exchange, 200, "application/xml", xml);
        }

        /** An error status with a short text, as a gateway would give. */
        static Reply status(int status, String text) {
            return (exchange, closing) -> write(exchange, status, "text/plain", text.getBytes(StandardCharsets.UTF_8));
        }

        /** No answer at all until the server closes (or a minute passes). */
        static Reply stall() {
            return (exchange, closing) -> await(closing, Duration.ofMinutes(1));
        }

        /**
         * 200 and the first half of the XML, then the rest once {@code release} is counted down (or 30 s pass): an
         * answer still arriving, for a test to look at storage in the meantime.
         */
        static Reply inTwoHalves(byte[] xml, CountDownLatch halfSent, CountDownLatch release) {
            return (exchange, closing) -> {
                exchange.getResponseHeaders().set("Content-Type", "application/xml");
                exchange.sendResponseHeaders(200, xml.length);
                OutputStream out = exchange.getResponseBody();
                out.write(xml, 0, xml.length / 2);
                out.flush();
                halfSent.countDown();
                await(release, Duration.ofSeconds(30));
                out.write(xml, xml.length / 2, xml.length - xml.length / 2);
                out.close();
            };
        }

        private static void await(CountDownLatch latch, Duration atMost) {
            try {
                latch.await(atMost.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
