package io.pageflow.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.pageflow.client.model.EventView;
import io.pageflow.client.model.JobView;

/**
 * Single sign-on against a real Keycloak: the test server runs with {@code PAGEFLOW_OIDC_PROVIDER_URL} (the ear
 * module's {@code oidc} profile sets it and runs only this test), so the container checks bearer tokens and the
 * application takes the user and the highest role from them. Only tokens Keycloak signed and that have not expired
 * get in; Pageflow's own credentials do not; owners and actors are the token's user names.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OidcIT {

    private static KeycloakServer keycloak;

    @BeforeAll
    static void startKeycloak() throws Exception {
        long started = System.nanoTime();
        keycloak = KeycloakServer.start();
        System.out.printf("Keycloak answered after %d s%n", (System.nanoTime() - started) / 1_000_000_000);
    }

    @AfterAll
    static void stopKeycloak() {
        if (keycloak != null) {
            keycloak.close();
        }
    }

    @Test
    void withoutAValidTokenFromTheProviderNobodyGetsIn() throws Exception {
        String token = keycloak.accessToken("sara");
        assertEquals(200, get("/api/jobs?limit=1", "Bearer " + token).statusCode(), "the genuine token is let in");

        HttpResponse<String> none = get("/api/jobs?limit=1", null);
        assertEquals(401, none.statusCode(), none::body);
        assertEquals("AUTHENTICATION_REQUIRED", Users.code(none));
        assertEquals(List.of("Bearer realm=\"Pageflow\""), none.headers().allValues("WWW-Authenticate"),
                "only the provider's tokens are asked for");
        assertEquals(401, get("/api/jobs?limit=1", PageflowClient.basic(PageflowClient.ADMIN, PageflowClient.ADMIN_PASSWORD)).statusCode(),
                "Pageflow's own users are not consulted with single sign-on");
        assertEquals(401, get("/api/jobs?limit=1", "Bearer pf_1.not-a-jwt").statusCode(), "nor its API tokens");
        assertEquals(401, get("/api/jobs?limit=1", "Bearer " + withClaims(token, Map.of("preferred_username", "rita"))).statusCode(),
                "a token whose claims were changed after signing");
        assertEquals(401, get("/api/jobs?limit=1", "Bearer " + signedByAnotherKey(token)).statusCode(),
                "a token signed by a key that is not the provider's");

        assertEquals(200, get("/openapi", null).statusCode(), "the OpenAPI document stays public");
        assertEquals(200, get("/", null).statusCode(), "so do the console's files");
    }

    @Test
    void anExpiredTokenIsRefused() {
        String token = keycloak.accessToken("sara", "pageflow-short-lived");
        assertEquals(200, get("/api/jobs?limit=1", "Bearer " + token).statusCode(), "fresh, it is let in");
        Instant expiry = Instant.ofEpochSecond(claims(token).getJsonNumber("exp").longValue());
        TestApi.pause(Math.max(0, Duration.between(Instant.now(), expiry.plusSeconds(2)).toMillis()));
        HttpResponse<String> expired = get("/api/jobs?limit=1", "Bearer " + token);
        assertEquals(401, expired.statusCode(), expired::body);
    }

    @Test
    void aTokenWithoutAPageflowRoleIsForbidden() {
        HttpResponse<String> noRole = get("/api/jobs?limit=1", "Bearer " + keycloak.accessToken("nora"));
        assertEquals(403, noRole.statusCode(), noRole::body);
        assertEquals("ROLE_MISSING", Users.code(noRole));
    }

    /**
     * cleo has the reviewer role as a client role only, rhea as a realm role only; the others have both. Realm roles
     * always count (WildFly 39's secure-deployment has no switch for them at its default stability level); client
     * roles count with PAGEFLOW_OIDC_ROLES=client.
     */
    @Test
    void clientRolesCountOnlyWhenTheServerIsToldToTakeThem() {
        boolean clientRoles = "client".equals(System.getenv("PAGEFLOW_OIDC_ROLES"));
        HttpResponse<String> cleo = get("/api/review-queue", "Bearer " + keycloak.accessToken("cleo"));
        HttpResponse<String> rhea = get("/api/review-queue", "Bearer " + keycloak.accessToken("rhea"));
        assertEquals(clientRoles ? 200 : 403, cleo.statusCode(), "client role only, PAGEFLOW_OIDC_ROLES="
                + System.getenv("PAGEFLOW_OIDC_ROLES") + ": " + cleo.body());
        assertEquals(200, rhea.statusCode(), "realm role only: " + rhea.body());
    }

    @Test
    void theTokensUserOwnsWhatTheySubmitAndIsItsActor() throws Exception {
        TestApi sara = TestApi.withToken(keycloak.accessToken("sara"));
        JobView job = sara.submitAccepted(List.of(new PageflowClient.FilePart("sso.pdf", "application/pdf",
                TestDocuments.bornDigitalPdf(List.of(TestDocuments.lines(11, 3))))), Map.of());
        assertEquals("sara", job.getOwner());
        assertEquals(job.getId(), sara.job(job.getId()).getId(), "the owner sees her job");

        HttpResponse<String> toSven = get("/api/jobs/" + job.getId(), "Bearer " + keycloak.accessToken("sven"));
        assertEquals(404, toSven.statusCode(), "another submitter is told it does not exist: " + toSven.body());
        assertEquals(404, get("/api/documents/" + job.getDocumentId(), "Bearer " + keycloak.accessToken("sven")).statusCode());

        TestApi rita = TestApi.withToken(keycloak.accessToken("rita"));
        assertTrue(TestApi.call(() -> rita.jobs.listJobs(100, 0, null)).stream().anyMatch(v -> v.getId().equals(job.getId())),
                "a reviewer lists everyone's jobs");
        assertEquals(200, get("/api/review-queue", "Bearer " + keycloak.accessToken("rita")).statusCode(), "and reviews");
        assertEquals(403, get("/api/review-queue", "Bearer " + keycloak.accessToken("sara")).statusCode(), "a submitter does not");

        List<EventView> events = sara.events(job.getId());
        assertEquals("sara", events.get(0).getActor(), "the submission's event names the token's user: " + events.get(0));
    }

    private static HttpResponse<String> get(String path, String authorization) {
        return Users.send("GET", path, null, authorization);
    }

    private static JsonObject claims(String jwt) {
        String payload = jwt.split("\\.")[1];
        return (JsonObject) PageflowClient.json(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    }

    /** The token with some claims replaced and its original signature: what a forger without the key can make. */
    private static String withClaims(String jwt, Map<String, String> changed) {
        String[] parts = jwt.split("\\.");
        var claims = Json.createObjectBuilder(claims(jwt));
        changed.forEach(claims::add);
        return parts[0] + "." + base64(claims.build().toString().getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }

    /** The same header and claims, validly signed with RS256 by a key of our own under the provider's key id. */
    private static String signedByAnotherKey(String jwt) throws Exception {
        String[] parts = jwt.split("\\.");
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initSign(generator.generateKeyPair().getPrivate());
        rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        return parts[0] + "." + parts[1] + "." + base64(rs256.sign());
    }

    private static String base64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
