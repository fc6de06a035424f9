package io.pageflow.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.pageflow.client.model.JobView;

/**
 * A console session cannot be driven from another site: a forged request that carries the session cookie but
 * not the CSRF token, or comes from a foreign Origin, is refused with 403 and changes nothing; the same request
 * as the console sends it succeeds. The cookie is HttpOnly and SameSite=Strict.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CrossSiteIT {

    record Session(String cookie, String csrf) {
    }

    static Session signIn(String user, String password) {
        HttpResponse<String> answer = Users.send("POST", "/api/session",
                "{\"name\":\"" + user + "\",\"password\":\"" + password + "\"}", null);
        assertEquals(200, answer.statusCode(), answer::body);
        String setCookie = answer.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Strict"), setCookie);
        assertFalse(setCookie.contains("Secure"), "no Secure flag over plain HTTP, or the browser would not send it: " + setCookie);
        JsonObject session = PageflowClient.json(answer.body()).asJsonObject();
        return new Session(setCookie.substring(0, setCookie.indexOf(';')), session.getString("csrfToken"));
    }

    static HttpResponse<String> delete(String path, Session session, String csrf, String origin) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(PageflowClient.BASE + path)).DELETE()
                .header("Cookie", session.cookie());
        if (csrf != null) {
            request.header("X-CSRF-Token", csrf);
        }
        if (origin != null) {
            request.header("Origin", origin);
        }
        return Users.send(request);
    }

    @Test
    void aForgedCrossSiteRequestChangesNothingAndTheConsolesOwnSucceeds() {
        TestApi admin = new TestApi();
        JobView job = admin.submitAccepted(List.of(new PageflowClient.FilePart("target.pdf", "application/pdf",
                TestDocuments.bornDigitalPdf(List.of(TestDocuments.lines(99, 2))))), Map.of());
        admin.awaitEnd(job.getId(), Duration.ofMinutes(3));
        String document = "/api/documents/" + job.getDocumentId();
        Session session = signIn(PageflowClient.ADMIN, PageflowClient.ADMIN_PASSWORD);
        String ownOrigin = PageflowClient.BASE;

        HttpResponse<String> forged = delete(document, session, null, "https://attacker.example");
        assertEquals(403, forged.statusCode(), forged::body);
        assertEquals("ORIGIN_REFUSED", Users.code(forged));
        HttpResponse<String> withTokenFromElsewhere = delete(document, session, session.csrf(), "https://attacker.example");
        assertEquals(403, withTokenFromElsewhere.statusCode());
        HttpResponse<String> withoutToken = delete(document, session, null, ownOrigin);
        assertEquals(403, withoutToken.statusCode());
        assertEquals("CSRF_TOKEN_INVALID", Users.code(withoutToken));
        HttpResponse<String> wrongToken = delete(document, session, "not-the-token", null);
        assertEquals(403, wrongToken.statusCode());
        assertEquals(200, Users.send(HttpRequest.newBuilder(URI.create(PageflowClient.BASE + document))
                .header("Cookie", session.cookie())).statusCode(), "the document is still there; reads need no token");

        HttpResponse<String> console = delete(document, session, session.csrf(), ownOrigin);
        assertEquals(204, console.statusCode(), console::body);
        assertEquals(404, Users.send("GET", document, null,
                PageflowClient.basic(PageflowClient.ADMIN, PageflowClient.ADMIN_PASSWORD)).statusCode());

        HttpResponse<String> out = Users.send(HttpRequest.newBuilder(URI.create(PageflowClient.BASE + "/api/session"))
                .DELETE().header("Cookie", session.cookie()).header("X-CSRF-Token", session.csrf()));
        assertEquals(204, out.statusCode());
        assertEquals(401, Users.send(HttpRequest.newBuilder(URI.create(PageflowClient.BASE + "/api/jobs"))
                .header("Cookie", session.cookie())).statusCode(), "a signed-out session is gone");
    }
}
