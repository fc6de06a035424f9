package io.pageflow.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

/** Talks to the Pageflow server under test over HTTP, as any client would. */
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

    /** A file of a multipart upload. */
    record FilePart(String fileName, String contentType, byte[] content) {
    }

    HttpResponse<String> submit(List<FilePart> files, Map<String, String> fields) {
        return submitWith(files, fields, Map.of());
    }

    /**
     * Tests upload the same generated files run after run against the same database: unless a test says
     * otherwise, they ask to store duplicates again instead of getting 409.
     */
    private HttpResponse<String> submitWith(List<FilePart> files, Map<String, String> requested, Map<String, String> headers) {
        Map<String, String> fields = new java.util.LinkedHashMap<>(requested);
        fields.putIfAbsent("onDuplicate", "store");
        return multipart("POST", "/api/jobs", files, fields, headers);
    }

    /** Sends a multipart form: the fields first, then each file in the field {@code file}. */
    HttpResponse<String> multipart(String method, String path, List<FilePart> files, Map<String, String> fields,
            Map<String, String> headers) {
        String boundary = "pageflow-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n"));
        for (FilePart file : files) {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                    + file.fileName() + "\"\r\nContent-Type: " + file.contentType() + "\r\n\r\n");
            body.writeBytes(file.content());
            write(body, "\r\n");
        }
        write(body, "--" + boundary + "--\r\n");
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        headers.forEach(request::header);
        return send(request);
    }

    /** Submits and checks the answer is 202 with a Location; returns the job body. */
    JsonObject submitAccepted(List<FilePart> files, Map<String, String> fields) {
        HttpResponse<String> response = submit(files, fields);
        assertEquals(202, response.statusCode(), () -> "upload refused: " + response.body());
        String location = response.headers().firstValue("Location").orElseThrow();
        JsonObject job = json(response.body()).asJsonObject();
        assertEquals(base + "/api/jobs/" + job.getJsonNumber("id").longValue(), location);
        return job;
    }

    HttpResponse<String> post(String path) {
        return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** Submits with extra request headers (e.g. Idempotency-Key). */
    HttpResponse<String> submit(List<FilePart> files, Map<String, String> fields, Map<String, String> headers) {
        return submitWith(files, fields, headers);
    }

    JsonArray events(long jobId) {
        return getJson("/api/jobs/" + jobId + "/events").asJsonArray();
    }

    /** How many events of this type the job's trail holds for one page (or for the job when page is 0). */
    long countEvents(long jobId, String type, int page) {
        return events(jobId).stream().map(v -> v.asJsonObject())
                .filter(e -> e.getString("type").equals(type))
                .filter(e -> page == 0 || (!e.isNull("pageNumber") && e.getInt("pageNumber") == page))
                .count();
    }

    JsonObject job(long id) {
        return getJson("/api/jobs/" + id).asJsonObject();
    }

    JsonArray pages(long jobId) {
        return getJson("/api/jobs/" + jobId + "/pages").asJsonArray();
    }

    /** Polls the job until it ends, giving every observed state to {@code observer}. */
    JsonObject awaitEnd(long jobId, Duration timeout, Consumer<JsonObject> observer) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            JsonObject job = job(jobId);
            observer.accept(job);
            String status = job.getString("status");
            if (status.equals("completed") || status.equals("failed") || status.equals("cancelled")) {
                return job;
            }
            sleep(150);
        }
        return fail("job " + jobId + " did not end within " + timeout + ": " + job(jobId));
    }

    JsonObject awaitEnd(long jobId, Duration timeout) {
        return awaitEnd(jobId, timeout, job -> { });
    }

    JsonStructure getJson(String path) {
        HttpResponse<String> response = get(path);
        assertEquals(200, response.statusCode(), () -> "GET " + path + ": " + response.body());
        return json(response.body());
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    HttpResponse<byte[]> getBytes(String path) {
        try {
            return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    JsonArray search(String query, int k, long documentId) {
        return getJson("/api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&k=" + k
                + "&documentId=" + documentId).asJsonArray();
    }

    static JsonStructure json(String body) {
        return Json.createReader(new StringReader(body)).read();
    }

    static List<Integer> ints(JsonArray array, String field) {
        List<Integer> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asJsonObject().getInt(field)));
        return values;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
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
