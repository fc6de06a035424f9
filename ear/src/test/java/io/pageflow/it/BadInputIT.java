package io.pageflow.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;


import io.pageflow.client.model.JobView;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Broken and unsupported files get a clear error and leave the server healthy. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BadInputIT {

    static final TestApi api = new TestApi();

    @Test
    void truncatedPdfFailsWithACodeAndTheNextJobCompletes() {
        byte[] pdf = TestDocuments.bornDigitalPdf(List.of(TestDocuments.lines(7, 10), TestDocuments.lines(8, 10)));
        byte[] truncated = Arrays.copyOf(pdf, pdf.length / 3);
        JobView failed = api.awaitEnd(id(api.submitAccepted(
                List.of(new PageflowClient.FilePart("broken.pdf", "application/pdf", truncated)), Map.of())),
                Duration.ofMinutes(2));
        assertEquals("failed", failed.getStatus(), () -> "job ended " + failed);
        assertTrue(failed.getErrorCode().startsWith("PDF_"), "error code " + failed.getErrorCode());
        assertFalse(failed.getErrorMessage().isBlank());
        assertTrue(failed.getFailedAt() != null, "failedAt is set");

        JobView good = api.awaitEnd(id(api.submitAccepted(
                List.of(new PageflowClient.FilePart("good.pdf", "application/pdf", pdf)), Map.of())), Duration.ofMinutes(2));
        assertEquals("completed", good.getStatus(), () -> "job ended " + good);
    }

    /** Plain text is a document (OfficeDocumentsIT converts a text file named .pdf); a binary file of no known type is none. */
    @Test
    void unknownBinaryFileNamedPdfIsRefusedByContent() {
        api.refused(415, "UNSUPPORTED_TYPE", () -> api.submit(List.of(new PageflowClient.FilePart("notes.pdf",
                "application/pdf", new byte[] {'M', 'T', 'h', 'd', 0, 0, 0, 6, 0, 1, 0, 1, 0, 96})), Map.of()));
    }

    @Test
    void zipArchiveSentAsADocumentIsRefusedWithWhereToSendIt() throws Exception {
        byte[] archive = ZipBatchIT.zip(Map.of("a.pdf", TestDocuments.bornDigitalPdf(List.of(TestDocuments.lines(31, 3)))));
        var problem = api.refused(415, "UNSUPPORTED_TYPE", () -> api.submit(List.of(new PageflowClient.FilePart(
                "scans.zip", "application/zip", archive)), Map.of()));
        assertTrue(problem.getDetail().contains("/api/batches"), problem.getDetail());
    }

    @Test
    void emptyFileIsRefused() {
        api.refused(400, "EMPTY_FILE", () -> api.submit(List.of(new PageflowClient.FilePart("empty.png", "image/png",
                new byte[0])), Map.of()));
    }

    @Test
    void uploadWithoutFileIsRefused() {
        api.refused(400, "NO_FILE", () -> api.submit(List.of(), Map.of("title", "nothing")));
    }

    @Test
    void unknownLanguageIsRefused() {
        byte[] pdf = TestDocuments.bornDigitalPdf(List.of(TestDocuments.lines(9, 3)));
        api.refused(400, "UNKNOWN_LANGUAGE", () -> api.submit(List.of(new PageflowClient.FilePart("a.pdf",
                "application/pdf", pdf)), Map.of("language", "klingon")));
    }

    @Test
    void declaredOversizeUploadIsRefusedBeforeItsBodyIsRead() throws Exception {
        // A raw socket: no HTTP client, the generated one included, declares a length it then does not send.
        java.net.URI base = java.net.URI.create(PageflowClient.BASE);
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            // Declares 2 GB (over the 1 GiB default limit) but sends only the headers: an answer proves the body was not awaited.
            String request = "POST /api/jobs HTTP/1.1\r\nHost: " + base.getHost() + "\r\n"
                    + "Authorization: " + PageflowClient.basic(PageflowClient.ADMIN, PageflowClient.ADMIN_PASSWORD) + "\r\n"
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
        api.refused(404, "NOT_FOUND", () -> api.jobs.getJob(999999999L));
    }

    @Test
    void parametersOutOfRangeAreNamed() {
        var problem = api.refused(400, "INVALID_PARAMETER", () -> api.jobs.listJobs(5000, -1, "sleeping"));
        assertEquals(List.of("limit", "offset", "status"),
                problem.getInvalidParams().stream().map(p -> p.getName()).sorted().toList());
        api.refused(400, "INVALID_PARAMETER", () -> api.search.search(" ", null, null, 10, null));
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

    private static long id(JobView job) {
        return job.getId();
    }
}
