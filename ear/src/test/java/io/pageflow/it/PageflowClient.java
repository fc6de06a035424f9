package io.pageflow.it;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import jakarta.json.Json;
import jakarta.json.JsonStructure;

/**
 * Where the server under test is, and plain HTTP for what is not an operation of the API: the OpenAPI document
 * itself, health, the console's files. The API is called through the generated client ({@link TestApi}); the few
 * requests it cannot even express (a length it does not send, a value outside an enumeration) use their own raw
 * request where they are made, with a comment saying why.
 */
final class PageflowClient {

    static final String BASE = System.getProperty("pageflow.url", "http://127.0.0.1:8180");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;

    PageflowClient() {
        this(BASE);
    }

    PageflowClient(String base) {
        this.base = base;
    }

    /** A file of an upload: the name the server sees, the type a browser would send, the bytes. */
    record FilePart(String fileName, String contentType, byte[] content) {
    }

    HttpResponse<String> get(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonStructure json(String body) {
        return Json.createReader(new StringReader(body)).read();
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
