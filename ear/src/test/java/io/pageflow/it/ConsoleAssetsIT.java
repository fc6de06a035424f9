package io.pageflow.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The console's files as a browser fetches them: the page at /, its modules, compressed when asked. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleAssetsIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theConsoleIsServedAtTheRoot() throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(PageflowClient.BASE + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.body().contains("<script type=\"module\" src=\"ui/app.js\">"), page.body());
    }

    @Test
    void scriptsAndJsonAreCompressedForClientsThatAsk() throws Exception {
        HttpResponse<byte[]> script = gzipped("/ui/job-view.js");
        assertEquals(200, script.statusCode());
        assertEquals("gzip", script.headers().firstValue("Content-Encoding").orElse(null));
        assertTrue(gunzip(script.body()).contains("export function jobView"));

        HttpResponse<byte[]> json = gzipped("/api/limits");
        assertEquals("gzip", json.headers().firstValue("Content-Encoding").orElse(null));
        assertTrue(gunzip(json.body()).contains("\"maxFiles\""));

        HttpResponse<byte[]> plain = http.send(HttpRequest.newBuilder(URI.create(PageflowClient.BASE + "/ui/job-view.js")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty(), "no compression unless asked");
        assertTrue(plain.body().length > script.body().length * 2, "compressed " + script.body().length + " of " + plain.body().length);
    }

    private HttpResponse<byte[]> gzipped(String path) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(PageflowClient.BASE + path)).header("Accept-Encoding", "gzip");
        return http.send((path.startsWith("/api") ? PageflowClient.asAdmin(request) : request).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
