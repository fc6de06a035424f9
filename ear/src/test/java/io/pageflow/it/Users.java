package io.pageflow.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Users for the security tests, made through the admin API with names of their own per run (the test database
 * may outlive a run), and raw requests as one of them: what a script with curl would send.
 */
final class Users {

    static final String PASSWORD = "a-test-password-of-16";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private Users() {
    }

    /** A new user with this role; returns their name (their password is {@link #PASSWORD}). */
    static String add(String prefix, String role) {
        String name = prefix + "-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        HttpResponse<String> made = send("POST", "/api/users", "{\"name\":\"" + name + "\",\"role\":\"" + role
                + "\",\"password\":\"" + PASSWORD + "\"}", PageflowClient.basic(PageflowClient.ADMIN, PageflowClient.ADMIN_PASSWORD));
        assertEquals(201, made.statusCode(), made::body);
        return name;
    }

    static String basic(String user) {
        return PageflowClient.basic(user, PASSWORD);
    }

    /** A request with a JSON body (or none) and the given Authorization header (or none). */
    static HttpResponse<String> send(String method, String path, String json, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(PageflowClient.BASE + path))
                .timeout(Duration.ofSeconds(60))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request);
    }

    static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The problem code of an answer's body. */
    static String code(HttpResponse<String> response) {
        return PageflowClient.json(response.body()).asJsonObject().getString("code");
    }
}
