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

    /** The admin the test server makes at its first start (PAGEFLOW_ADMIN_PASSWORD in ear/pom.xml). */
    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = System.getenv().getOrDefault("PAGEFLOW_ADMIN_PASSWORD", "pageflow-it-admin-1");

    /** The Authorization header of HTTP Basic for a user. */
    static String basic(String user, String password) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A request to the API as the admin, as every test calls it unless it tests who may. */
    static HttpRequest.Builder asAdmin(HttpRequest.Builder request) {
        return request.header("Authorization", basic(ADMIN, ADMIN_PASSWORD));
    }

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
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).GET();
            // only the API authenticates; the management port's health and metrics take no credentials
            return http.send((path.startsWith("/api") ? asAdmin(request) : request).build(),
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
