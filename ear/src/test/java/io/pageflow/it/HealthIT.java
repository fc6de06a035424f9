package io.pageflow.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Readiness reports what the pipeline needs (the database, object storage, Tesseract, LibreOffice) and that authentication is on. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HealthIT {

    @Test
    void readinessListsDatabaseStorageAndTesseractUp() throws Exception {
        String management = System.getProperty("pageflow.management.url", "http://127.0.0.1:10090");
        HttpResponse<String> ready = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(management + "/health/ready")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ready.statusCode(), ready::body);
        Map<String, String> checks = new HashMap<>();
        PageflowClient.json(ready.body()).asJsonObject().getJsonArray("checks")
                .forEach(c -> checks.put(((JsonObject) c).getString("name"), ((JsonObject) c).getString("status")));
        assertEquals("UP", checks.get("database"), ready.body());
        assertEquals("UP", checks.get("storage"), ready.body());
        assertEquals("UP", checks.get("tesseract"), ready.body());
        assertEquals("UP", checks.get("libreoffice"), ready.body());
        assertEquals("UP", checks.get("authentication"), ready.body());
        assertTrue(ready.body().contains("\"enabled\":true"), "readiness says authentication is on: " + ready.body());
    }
}
