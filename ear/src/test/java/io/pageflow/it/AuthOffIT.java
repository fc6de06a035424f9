package io.pageflow.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * PAGEFLOW_AUTH=off, for a closed network: the API answers without credentials, and readiness and the log say
 * so loudly. On a second server with that setting, beside the test server that keeps it on.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthOffIT {

    @Test
    void withAuthenticationOffAnyoneIsServedAndReadinessWarns() throws Exception {
        SecondServer open = new SecondServer(1, Map.of("PAGEFLOW_AUTH", "off"));
        open.start();
        try {
            HttpResponse<String> jobs = Users.send(HttpRequest.newBuilder(URI.create(SecondServer.URL + "/api/jobs?limit=1")));
            assertEquals(200, jobs.statusCode(), jobs::body);
            HttpResponse<String> ready = Users.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + SecondServer.MANAGEMENT_PORT + "/health/ready")));
            assertTrue(ready.body().contains("\"enabled\":false") && ready.body().contains("PAGEFLOW_AUTH=off"), ready.body());
            String log = java.nio.file.Files.readString(java.nio.file.Path.of(System.getProperty("pageflow.work.dir"),
                    "second-server", "console.log"));
            assertTrue(log.contains("AUTHENTICATION IS OFF (PAGEFLOW_AUTH=off)"), "the log says it loudly");
        } finally {
            open.stop();
        }
        assertEquals(401, Users.send("GET", "/api/jobs", null, null).statusCode(), "the test server keeps it on");
    }
}
