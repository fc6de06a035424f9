package io.pageflow.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.pageflow.client.model.JobView;

/**
 * Secure by default: every operation of the API refuses an anonymous caller, the public ones are few and named,
 * every answer carries the security headers, tokens work once made and stop when revoked, and passwords are
 * not in the database.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityIT {

    /** Operations anyone may call, and what they answer to an anonymous request without a body. */
    static final Map<String, Integer> PUBLIC = Map.of("signIn", 400, "getSession", 204, "signOut", 204);

    @Test
    void everyOperationInTheOpenApiDocumentRefusesAnAnonymousCaller() {
        JsonObject document = PageflowClient.json(new PageflowClient().get("/openapi?format=JSON").body()).asJsonObject();
        List<String> wrong = new ArrayList<>();
        int walked = 0;
        for (var path : document.getJsonObject("paths").entrySet()) {
            for (var operation : path.getValue().asJsonObject().entrySet()) {
                if (!Set.of("get", "post", "put", "delete", "patch").contains(operation.getKey())) {
                    continue;
                }
                String id = operation.getValue().asJsonObject().getString("operationId");
                String url = (path.getKey().startsWith("/api") ? "" : "/api") + path.getKey().replaceAll("\\{[^}]+}", "1");
                HttpResponse<String> answer = Users.send(operation.getKey().toUpperCase(), url,
                        operation.getKey().equals("get") || operation.getKey().equals("delete") ? null : "{}", null);
                int expected = PUBLIC.getOrDefault(id, 401);
                walked++;
                if (answer.statusCode() != expected) {
                    wrong.add(id + " " + operation.getKey().toUpperCase() + " " + url + ": " + answer.statusCode()
                            + " instead of " + expected);
                } else if (expected == 401 && !(answer.headers().allValues("WWW-Authenticate").toString().contains("Basic")
                        && Users.code(answer).equals("AUTHENTICATION_REQUIRED"))) {
                    wrong.add(id + ": a 401 without its challenge or problem: " + answer.headers().map() + " " + answer.body());
                }
            }
        }
        assertTrue(walked > 60, "the document lists the operations: " + walked);
        assertEquals(List.of(), wrong);
    }

    @Test
    void theConsoleFilesTheOpenApiDocumentAndWrongCredentialsAreAnsweredAsSuch() {
        PageflowClient anonymous = new PageflowClient();
        assertEquals(200, anonymous.get("/").statusCode());
        assertEquals(200, anonymous.get("/ui/app.js").statusCode());
        assertEquals(200, anonymous.get("/openapi?format=JSON").statusCode());
        HttpResponse<String> wrong = Users.send("GET", "/api/jobs", null, PageflowClient.basic("admin", "not-the-password"));
        assertEquals(401, wrong.statusCode());
        assertEquals("LOGIN_FAILED", Users.code(wrong));
        HttpResponse<String> console = Users.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(PageflowClient.BASE + "/api/jobs")).header("X-Requested-With", "XMLHttpRequest"));
        assertEquals(401, console.statusCode());
        assertTrue(console.headers().allValues("WWW-Authenticate").isEmpty(),
                "the console's requests get no challenge, so that the browser shows no password dialog");
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        for (HttpResponse<String> answer : List.of(new PageflowClient().get("/"), new PageflowClient().get("/openapi"),
                Users.send("GET", "/api/jobs", null, null), new PageflowClient().get("/api/jobs?limit=1"))) {
            String where = answer.uri() + " (" + answer.statusCode() + ")";
            String csp = answer.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'")
                    && !csp.contains("unsafe-inline"), where + ": " + csp);
            assertEquals("nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(""), where);
            assertEquals("same-origin", answer.headers().firstValue("Referrer-Policy").orElse(""), where);
        }
    }

    @Test
    void aTokenActsAsItsUserUntilRevokedAndIsShownOnce() {
        String user = Users.add("token-owner", "submitter");
        HttpResponse<String> made = Users.send("POST", "/api/tokens", "{\"name\":\"ci\"}", Users.basic(user));
        assertEquals(201, made.statusCode(), made::body);
        JsonObject token = PageflowClient.json(made.body()).asJsonObject();
        String secret = token.getString("token");
        assertTrue(secret.startsWith("pf_" + token.getJsonNumber("id").longValue() + "."), secret);

        HttpResponse<String> session = Users.send("GET", "/api/session", null, "Bearer " + secret);
        assertEquals(200, session.statusCode(), session::body);
        assertEquals(user, PageflowClient.json(session.body()).asJsonObject().getString("name"));
        assertEquals(200, Users.send("GET", "/api/jobs", null, "Bearer " + secret).statusCode());
        assertEquals(403, Users.send("GET", "/api/users", null, "Bearer " + secret).statusCode(),
                "a token has its user's role, no more");

        HttpResponse<String> listed = Users.send("GET", "/api/tokens", null, Users.basic(user));
        assertEquals(200, listed.statusCode());
        assertFalse(listed.body().contains(secret.substring(secret.indexOf('.') + 1)), "the list never shows a secret");
        assertTrue(listed.body().contains("\"ci\""), listed.body());

        assertEquals(204, Users.send("DELETE", "/api/tokens/" + token.getJsonNumber("id"), null, Users.basic(user)).statusCode());
        HttpResponse<String> revoked = Users.send("GET", "/api/jobs", null, "Bearer " + secret);
        assertEquals(401, revoked.statusCode());
        assertEquals("TOKEN_INVALID", Users.code(revoked));
        assertEquals(401, Users.send("GET", "/api/jobs", null, "Bearer pf_1.forged-secret-of-enough-length").statusCode());
    }

    @Test
    void passwordsAreNotInTheDatabaseAndEventsNameTheirActor() throws Exception {
        String user = Users.add("stored", "operator");
        try (Connection db = DriverManager.getConnection(System.getProperty("it.db.url"), System.getProperty("it.db.user"),
                System.getProperty("it.db.password"));
                PreparedStatement row = db.prepareStatement("select u::text, password_hash from pageflow.app_user u where name = ?")) {
            row.setString(1, user);
            try (ResultSet found = row.executeQuery()) {
                assertTrue(found.next(), "the user's row");
                assertFalse(found.getString(1).contains(Users.PASSWORD), "the password is nowhere in the row");
                assertTrue(found.getString(2).startsWith("$2"), "a bcrypt hash: " + found.getString(2));
            }
        }
        TestApi as = TestApi.as(user, Users.PASSWORD);
        JobView job = as.submitAccepted(List.of(new PageflowClient.FilePart("actor.pdf", "application/pdf",
                TestDocuments.bornDigitalPdf(List.of(TestDocuments.lines(41, 3))))), Map.of());
        as.awaitEnd(job.getId(), java.time.Duration.ofMinutes(3));
        var events = as.events(job.getId());
        assertEquals(user, events.get(0).getActor(), "the submission is the user's: " + events.get(0));
        assertTrue(events.stream().anyMatch(e -> e.getActor() == null), "the pipeline's own events have no actor");
        assertNotEquals(0, events.size());
    }
}
