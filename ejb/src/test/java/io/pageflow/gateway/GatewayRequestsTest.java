package io.pageflow.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.pageflow.error.ErrorCode;
import io.pageflow.error.PipelineFailure;

class GatewayRequestsTest {

    private static final byte[] PDF = "%PDF-1.7 not really\n\"quoted\"\r\n".getBytes(StandardCharsets.ISO_8859_1);

    private static GatewaySettings settings(GatewaySettings.Flavour flavour) {
        return new GatewaySettings(Optional.of(URI.create("http://gw:8080/")), flavour, flavour.defaultPath(),
                Duration.ofSeconds(5), 1000);
    }

    private static GatewayDocument document() {
        return new GatewayDocument("in\"voice.pdf", "application/pdf", PDF.length, () -> new ByteArrayInputStream(PDF),
                "{\"a\": 1}");
    }

    @Test
    void theMultipartFlavourPostsFileMappingAndPrettyWithTheDeclaredLength() throws Exception {
        HttpRequest request = GatewayRequests.of(settings(GatewaySettings.Flavour.MULTIPART), document());
        assertEquals("POST", request.method());
        assertEquals("http://gw:8080/process", request.uri().toString());
        assertEquals("application/xml", request.headers().firstValue("Accept").orElseThrow());
        String type = request.headers().firstValue("Content-Type").orElseThrow();
        assertTrue(type.startsWith("multipart/form-data; boundary="), type);
        String boundary = type.substring(type.indexOf('=') + 1);
        byte[] body = body(request);
        assertEquals(request.bodyPublisher().orElseThrow().contentLength(), body.length, "the declared length is the body's");
        String text = new String(body, StandardCharsets.ISO_8859_1);
        assertTrue(text.startsWith("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"in_voice.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n" + new String(PDF, StandardCharsets.ISO_8859_1) + "\r\n--" + boundary), text);
        assertTrue(text.contains("name=\"mapping\"; filename=\"mapping.json\"\r\nContent-Type: application/json\r\n\r\n{\"a\": 1}\r\n"), text);
        assertTrue(text.endsWith("name=\"pretty\"\r\n\r\n1\r\n--" + boundary + "--\r\n"), text);
    }

    @Test
    void thePutFlavourSendsTheRawFile() throws Exception {
        HttpRequest request = GatewayRequests.of(settings(GatewaySettings.Flavour.PUT), document());
        assertEquals("PUT", request.method());
        assertEquals("http://gw:8080/tika", request.uri().toString());
        assertEquals("application/pdf", request.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(request.headers().firstValue("Accept").orElseThrow().startsWith("application/xml"));
        assertEquals(PDF.length, request.bodyPublisher().orElseThrow().contentLength());
        assertEquals(new String(PDF, StandardCharsets.ISO_8859_1), new String(body(request), StandardCharsets.ISO_8859_1));
    }

    @Test
    void anAnswerMustBeXmlByItsTypeOrItsFirstCharacter() {
        byte[] xml = "<?xml version=\"1.1\"?><html><p>&#0;</p></html>".getBytes(StandardCharsets.UTF_8);
        assertNull(GatewayClient.notXml(Optional.of("application/xml"), xml));
        assertNull(GatewayClient.notXml(Optional.of("text/xml; charset=UTF-8"), xml), "Tika's type, and its not quite XML");
        assertNull(GatewayClient.notXml(Optional.of("application/xhtml+xml"), xml));
        assertNull(GatewayClient.notXml(Optional.empty(), "\uFEFF  <doc/>".getBytes(StandardCharsets.UTF_8)));
        assertEquals("the body is empty", GatewayClient.notXml(Optional.of("application/xml"), new byte[0]));
        assertEquals("its Content-Type is text/html", GatewayClient.notXml(Optional.of("text/html"),
                "<html>proxy error</html>".getBytes(StandardCharsets.UTF_8)));
        assertFalse(GatewayClient.notXml(Optional.empty(), "{\"json\": true}".getBytes(StandardCharsets.UTF_8)) == null);
    }

    @Test
    void transientFailuresGetTwoMoreAttemptsAndRefusalsNone() {
        for (ErrorCode code : List.of(ErrorCode.GW_5XX, ErrorCode.GW_TIMEOUT, ErrorCode.IO_ERROR, ErrorCode.CIRCUIT_OPEN)) {
            PipelineFailure failure = new PipelineFailure(code, "x");
            assertTrue(GatewayService.triedAgain(failure, 1), code + " after the first attempt");
            assertTrue(GatewayService.triedAgain(failure, 2), code + " after the second attempt");
            assertFalse(GatewayService.triedAgain(failure, 3), code + " after the third attempt");
        }
        for (ErrorCode code : List.of(ErrorCode.GW_4XX, ErrorCode.UNKNOWN, ErrorCode.TOO_LARGE)) {
            assertFalse(GatewayService.triedAgain(new PipelineFailure(code, "x"), 1), code + " is final");
        }
        assertTrue(GatewayService.triedAgain(new PipelineFailure(ErrorCode.STORAGE_UNAVAILABLE, "x"), 4),
                "storage trouble is retried until the broker gives up");
    }

    @Test
    void aMappingMustBeJson() {
        assertNull(ConversionRequests.notJson("{\"fields\": [\"a\", \"b\"]}"));
        assertFalse(ConversionRequests.notJson("fields: a") == null);
        assertFalse(ConversionRequests.notJson("{\"a\": ") == null);
    }

    /** The bytes the request's body publisher gives, as the HTTP client would send them. */
    private static byte[] body(HttpRequest request) throws Exception {
        List<ByteBuffer> buffers = new ArrayList<>();
        CompletableFuture<Void> done = new CompletableFuture<>();
        request.bodyPublisher().orElseThrow().subscribe(new Flow.Subscriber<>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(ByteBuffer item) {
                buffers.add(item);
            }

            @Override
            public void onError(Throwable throwable) {
                done.completeExceptionally(throwable);
            }

            @Override
            public void onComplete() {
                done.complete(null);
            }
        });
        done.get(10, TimeUnit.SECONDS);
        int size = buffers.stream().mapToInt(ByteBuffer::remaining).sum();
        ByteBuffer all = ByteBuffer.allocate(size);
        buffers.forEach(all::put);
        return all.array();
    }
}
