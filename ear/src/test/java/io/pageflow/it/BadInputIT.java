package io.pageflow.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Broken and unsupported files get a clear error and leave the server healthy. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BadInputIT {

    static final PageflowClient client = new PageflowClient();

    @Test
    void truncatedPdfFailsWithACodeAndTheNextJobCompletes() {
        byte[] pdf = TestDocuments.bornDigitalPdf(List.of(TestDocuments.lines(7, 10), TestDocuments.lines(8, 10)));
        byte[] truncated = Arrays.copyOf(pdf, pdf.length / 3);
        JsonObject failed = client.awaitEnd(id(client.submitAccepted(
                List.of(new PageflowClient.FilePart("broken.pdf", "application/pdf", truncated)), Map.of())),
                Duration.ofMinutes(2));
        assertEquals("failed", failed.getString("status"), () -> "job ended " + failed);
        assertTrue(failed.getString("errorCode").startsWith("PDF_"), "error code " + failed.getString("errorCode"));
        assertFalse(failed.getString("errorMessage").isBlank());
        assertTrue(failed.containsKey("failedAt") && !failed.isNull("failedAt"));

        JsonObject good = client.awaitEnd(id(client.submitAccepted(
                List.of(new PageflowClient.FilePart("good.pdf", "application/pdf", pdf)), Map.of())), Duration.ofMinutes(2));
        assertEquals("completed", good.getString("status"), () -> "job ended " + good);
    }

    @Test
    void textFileNamedPdfIsRefusedByContent() {
        var response = client.submit(List.of(new PageflowClient.FilePart("notes.pdf", "application/pdf",
                "just some text, not a PDF".getBytes(StandardCharsets.UTF_8))), Map.of());
        assertProblem(response, 415, "UNSUPPORTED_TYPE");
    }

    @Test
    void emptyFileIsRefused() {
        var response = client.submit(List.of(new PageflowClient.FilePart("empty.png", "image/png", new byte[0])), Map.of());
        assertProblem(response, 400, "EMPTY_FILE");
    }

    @Test
    void uploadWithoutFileIsRefused() {
        assertProblem(client.submit(List.of(), Map.of("title", "nothing")), 400, "NO_FILE");
    }

    @Test
    void unknownLanguageIsRefused() {
        byte[] pdf = TestDocuments.bornDigitalPdf(List.of(TestDocuments.lines(9, 3)));
        var response = client.submit(List.of(new PageflowClient.FilePart("a.pdf", "application/pdf", pdf)),
                Map.of("language", "klingon"));
        assertProblem(response, 400, "UNKNOWN_LANGUAGE");
    }

    @Test
    void declaredOversizeUploadIsRefusedBeforeItsBodyIsRead() throws Exception {
        java.net.URI base = java.net.URI.create(PageflowClient.BASE);
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            // Declares 2 GB (over the 1 GiB default limit) but sends only the headers: an answer proves the body was not awaited.
            String request = "POST /api/jobs HTTP/1.1\r\nHost: " + base.getHost() + "\r\n"
                    + "Content-Type: multipart/form-data; boundary=x\r\nContent-Length: 2000000000\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String answer = readUntilBodyEnds(socket.getInputStream());
            assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
            assertTrue(answer.contains("UPLOAD_TOO_LARGE"), answer);
        }
    }

    @Test
    void unknownJobIsAProblem404() {
        assertProblem(client.get("/api/jobs/999999999"), 404, "NOT_FOUND");
    }

    /** Reads a small response: up to the closing brace of its JSON body, the end of the stream, or 10 s. */
    private static String readUntilBodyEnds(java.io.InputStream in) throws java.io.IOException {
        StringBuilder answer = new StringBuilder();
        byte[] buffer = new byte[1024];
        try {
            int read;
            while ((read = in.read(buffer)) > 0) {
                answer.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
                if (answer.toString().trim().endsWith("}")) {
                    break;
                }
            }
        } catch (java.net.SocketTimeoutException e) {
            // answer what arrived
        }
        return answer.toString();
    }

    private static void assertProblem(java.net.http.HttpResponse<String> response, int status, String code) {
        assertEquals(status, response.statusCode(), response::body);
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        JsonObject problem = PageflowClient.json(response.body()).asJsonObject();
        assertEquals(status, problem.getInt("status"));
        assertEquals(code, problem.getString("code"));
        assertFalse(problem.getString("detail").isBlank());
    }

    private static long id(JsonObject job) {
        return job.getJsonNumber("id").longValue();
    }
}
