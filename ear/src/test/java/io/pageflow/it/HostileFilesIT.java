package io.pageflow.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Files built to break things: each gets its own clear error, and the server goes on. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileFilesIT {

    static final PageflowClient client = new PageflowClient();

    /** After every hostile file the server is ready and a good job still completes. */
    @AfterAll
    static void serverIsStillHealthy() throws Exception {
        String management = System.getProperty("pageflow.management.url", "http://127.0.0.1:10090");
        HttpResponse<String> ready = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(management + "/health/ready")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ready.statusCode(), ready::body);
        JsonObject good = end(submit("good.pdf", TestDocuments.bornDigitalPdf(List.of(TestDocuments.lines(99, 4))), Map.of()));
        assertEquals("completed", good.getString("status"), good::toString);
    }

    @Test
    void encryptedPdfNeedsItsPassword() throws IOException {
        byte[] pdf = encrypted(TestDocuments.bornDigitalPdf(List.of(TestDocuments.lines(91, 6))), "s3cret");
        JsonObject without = end(submit("locked.pdf", pdf, Map.of()));
        assertEquals("failed", without.getString("status"));
        assertEquals("PDF_ENCRYPTED", without.getString("errorCode"));
        assertTrue(without.getString("errorMessage").contains("password"), without.getString("errorMessage"));

        JsonObject wrong = end(submit("locked.pdf", pdf, Map.of("password", "guess")));
        assertEquals("PDF_ENCRYPTED", wrong.getString("errorCode"));

        JsonObject opened = end(submit("locked.pdf", pdf, Map.of("password", "s3cret")));
        assertEquals("completed", opened.getString("status"), opened::toString);
        String text = client.get("/api/documents/" + opened.getJsonNumber("documentId") + "/pages/1/text").body();
        assertEquals(String.join("\n", TestDocuments.lines(91, 6)), text);
    }

    @Test
    void pdfOverThePageLimitFails() throws IOException {
        // The test server allows 400 pages (PAGEFLOW_PDF_MAX_PAGES).
        JsonObject job = end(submit("long.pdf", blankPages(401), Map.of()));
        assertEquals("failed", job.getString("status"));
        assertEquals("TOO_MANY_PAGES", job.getString("errorCode"));
        assertTrue(job.getString("errorMessage").contains("401"), job.getString("errorMessage"));
    }

    @Test
    void decompressionBombIsRefusedFromItsHeader() {
        // 100,000 × 100,000 pixels declared in a file of a few dozen bytes.
        var response = client.submit(List.of(new PageflowClient.FilePart("bomb.png", "image/png", pngHeaderOnly(100_000, 100_000))),
                Map.of());
        assertEquals(400, response.statusCode(), response::body);
        assertEquals("IMAGE_TOO_LARGE", PageflowClient.json(response.body()).asJsonObject().getString("code"));
    }

    @Test
    void brokenCrossReferenceTableIsRepaired() {
        byte[] pdf = TestDocuments.bornDigitalPdf(List.of(TestDocuments.lines(93, 6)));
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        int at = text.lastIndexOf("startxref");
        String broken = text.substring(0, at) + "startxref\n12345\n%%EOF\n";
        JsonObject job = end(submit("xref.pdf", broken.getBytes(StandardCharsets.ISO_8859_1), Map.of()));
        assertEquals("completed", job.getString("status"), job::toString);
        assertEquals(1, job.getInt("pagesDone"));
    }

    @Test
    void pngNamedPdfIsTakenAsTheImageItIs() {
        byte[] png = TestDocuments.png(TestDocuments.scannedPage(TestDocuments.lines(94, 3)));
        JsonObject job = end(submit("scan.pdf", png, Map.of()));
        assertEquals("completed", job.getString("status"), job::toString);
        assertEquals("ocr", client.pages(job.getJsonNumber("id").longValue()).getJsonObject(0).getString("textSource"));
    }

    private static long submit(String name, byte[] content, Map<String, String> fields) {
        return client.submitAccepted(List.of(new PageflowClient.FilePart(name, "application/octet-stream", content)), fields)
                .getJsonNumber("id").longValue();
    }

    private static JsonObject end(long id) {
        return client.awaitEnd(id, Duration.ofMinutes(2));
    }

    private static byte[] encrypted(byte[] pdf, String userPassword) throws IOException {
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + userPassword, userPassword,
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] blankPages(int pages) throws IOException {
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                document.addPage(new PDPage());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    /** A PNG signature and IHDR chunk declaring the size, an empty IDAT and IEND: valid up to the pixels. */
    private static byte[] pngHeaderOnly(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", ihdr.array());
        chunk(out, "IDAT", new byte[0]);
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
