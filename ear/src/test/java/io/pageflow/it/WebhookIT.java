package io.pageflow.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.pageflow.client.model.JobView;
import io.pageflow.client.model.NewWebhook;
import io.pageflow.client.model.Webhook;
import io.pageflow.client.model.WebhookDelivery;

/**
 * Webhooks end to end, with receivers in the test JVM: a delivery answered 500 arrives again with the same id and a
 * signature that verifies with the webhook's secret only; a receiver that keeps failing ends failed after the last
 * attempt; a job's callbackUrl gets the job's end; targets of the wrong form are refused. (The test server allows
 * private targets, since the receivers are on 127.0.0.1; TargetGuardTest refuses them with the switch off.)
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebhookIT {

    static final TestApi api = new TestApi();
    static final String SECRET = "whsec-test-0123456789";
    /** PAGEFLOW_WEBHOOK_CALLBACK_SECRET of the test server (ear/pom.xml). */
    static final String CALLBACK_SECRET = "callback-secret-of-the-tests";

    private final List<Long> registered = new ArrayList<>();

    @AfterEach
    void removeWebhooks() {
        // later tests' jobs must not be sent to receivers that are gone
        registered.forEach(id -> TestApi.call(() -> {
            api.webhooks.deleteWebhook(id);
            return null;
        }));
    }

    @Test
    void deliveriesAreSignedRetriedWithTheSameIdAndGivenUpAfterTheLastAttempt() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            receiver.answer("/flaky", n -> n == 1 ? 500 : 200)
                    .answer("/down", n -> 503)
                    .answer("/gone", n -> 410);
            Webhook flaky = register(receiver.url("/flaky"), "job.completed");
            assertEquals("…" + SECRET.substring(SECRET.length() - 4), flaky.getSecretHint(), "only a hint of the secret");
            Webhook down = register(receiver.url("/down"), "job.completed");
            Webhook gone = register(receiver.url("/gone"), "job.completed");
            Webhook classified = register(receiver.url("/classified"), "document.classified");

            JobView job = api.submitAccepted(List.of(new PageflowClient.FilePart("hooked.pdf", "application/pdf",
                            TestDocuments.bornDigitalPdf(List.of(TestDocuments.lines(4242, 8))))),
                    Map.of("callbackUrl", receiver.url("/callback")));
            assertEquals("completed", api.awaitEnd(job.getId(), Duration.ofMinutes(2)).getStatus());

            // 500 first: the same delivery again, same id, same body, each attempt signed with the secret
            List<WebhookReceiver.Received> attempts = await(() -> about(receiver.received("/flaky"), job),
                    list -> list.size() >= 2, "two attempts at /flaky");
            WebhookReceiver.Received first = attempts.get(0);
            WebhookReceiver.Received second = attempts.get(1);
            assertEquals(first.deliveryId(), second.deliveryId(), "a retry carries the same Pageflow-Delivery");
            assertEquals(first.body(), second.body());
            assertEquals("job.completed", second.event());
            assertEquals("application/json", second.contentType());
            JsonObject body = json(second.body());
            assertEquals(second.deliveryId(), body.getString("id"));
            assertEquals("job.completed", body.getString("type"));
            assertEquals("completed", body.getJsonObject("data").getString("status"));
            assertEquals(job.getDocumentId().longValue(), body.getJsonObject("data").getJsonNumber("documentId").longValue());
            for (WebhookReceiver.Received attempt : attempts) {
                assertTrue(verifies(SECRET, attempt), "the signature verifies with the webhook's secret");
                assertFalse(verifies("whsec-wrong-0123456789", attempt), "and not with another");
            }
            WebhookDelivery delivered = awaitDelivery(flaky, first.deliveryId(), "delivered");
            assertEquals(2, delivered.getAttempts());
            assertEquals(200, delivered.getLastResponseCode());
            assertNotNull(delivered.getDeliveredAt());
            assertNull(delivered.getLastError());

            // 503 every time: three attempts (PAGEFLOW_WEBHOOK_MAX_ATTEMPTS of the test server), then failed
            String downId = await(() -> about(receiver.received("/down"), job), list -> !list.isEmpty(), "/down").get(0).deliveryId();
            WebhookDelivery failed = awaitDelivery(down, downId, "failed");
            assertEquals(3, failed.getAttempts());
            assertEquals(503, failed.getLastResponseCode());
            assertNotNull(failed.getFailedAt());
            assertEquals(3, about(receiver.received("/down"), job).size(), "no attempt after the last");

            // 410: a client error other than 429 fails at once
            String goneId = await(() -> about(receiver.received("/gone"), job), list -> !list.isEmpty(), "/gone").get(0).deliveryId();
            WebhookDelivery refused = awaitDelivery(gone, goneId, "failed");
            assertEquals(1, refused.getAttempts());
            assertEquals(410, refused.getLastResponseCode());

            // the job's own callback URL, signed with the server's callback secret
            WebhookReceiver.Received callback = await(() -> about(receiver.received("/callback"), job),
                    list -> !list.isEmpty(), "the callback").get(0);
            assertEquals("job.completed", callback.event());
            assertTrue(verifies(CALLBACK_SECRET, callback));

            // the extract stage's result: the document's type and fields
            JsonObject document = json(await(() -> about(receiver.received("/classified"), job),
                    list -> !list.isEmpty(), "document.classified").get(0).body()).getJsonObject("data");
            assertEquals(job.getDocumentId().longValue(), document.getJsonNumber("documentId").longValue());
            assertFalse(document.getString("docType").isBlank());
            assertTrue(document.containsKey("fields"));
            MessageQueues.awaitDrained(Duration.ofSeconds(30));
        }
    }

    @Test
    void targetsOfTheWrongFormAndWeakSecretsAreRefused() {
        api.refused(400, "INVALID_WEBHOOK_URL", () -> api.webhooks.createWebhook(hook("ftp://127.0.0.1/in", SECRET)));
        api.refused(400, "INVALID_WEBHOOK_URL", () -> api.webhooks.createWebhook(hook("http://user:pw@127.0.0.1/in", SECRET)));
        api.refused(400, "INVALID_PARAMETER", () -> api.webhooks.createWebhook(hook("http://127.0.0.1/in", "short")));
        api.refused(400, "UNKNOWN_EVENT", () -> api.webhooks.createWebhook(
                new NewWebhook().url("http://127.0.0.1/in").secret(SECRET).events(List.of("job.exploded"))));
        api.refused(400, "INVALID_WEBHOOK_URL", () -> api.submit(List.of(new PageflowClient.FilePart("x.pdf",
                "application/pdf", TestDocuments.bornDigitalPdf(List.of(TestDocuments.lines(1, 2))))),
                Map.of("callbackUrl", "file:///etc/passwd")));
        api.refused(404, "NOT_FOUND", () -> api.webhooks.listWebhookDeliveries(Long.MAX_VALUE, null, null));
    }

    private Webhook register(String url, String... events) {
        Webhook hook = TestApi.call(() -> api.webhooks.createWebhook(hook(url, SECRET).events(List.of(events))));
        registered.add(hook.getId());
        return hook;
    }

    private static NewWebhook hook(String url, String secret) {
        return new NewWebhook().url(url).secret(secret).events(List.of("job.completed"));
    }

    /** Requests about this job: other tests' jobs may end meanwhile. */
    private static List<WebhookReceiver.Received> about(List<WebhookReceiver.Received> requests, JobView job) {
        return requests.stream()
                .filter(r -> json(r.body()).getJsonObject("data").getJsonNumber("jobId").longValue() == job.getId())
                .toList();
    }

    private static WebhookDelivery awaitDelivery(Webhook hook, String deliveryId, String status) {
        return await(() -> TestApi.call(() -> api.webhooks.listWebhookDeliveries(hook.getId(), 100, 0)).stream()
                        .filter(d -> d.getId().equals(deliveryId)).findFirst().orElse(null),
                d -> d != null && d.getStatus().getValue().equals(status), "delivery " + deliveryId + " " + status);
    }

    /** Polls until the value passes; fails when 30 s go by. */
    private static <T> T await(Supplier<T> read, Predicate<T> done, String what) {
        return TestApi.await(Duration.ofSeconds(30), 100, what, read, done);
    }

    /** What a receiver does (docs/webhooks.md): HMAC-SHA256 of "t.body" with the secret, compared with v1. */
    private static boolean verifies(String secret, WebhookReceiver.Received request) throws Exception {
        String t = null;
        String v1 = null;
        for (String part : request.signature().split(",")) {
            String[] kv = part.split("=", 2);
            if (kv[0].equals("t")) {
                t = kv[1];
            } else if (kv[0].equals("v1")) {
                v1 = kv[1];
            }
        }
        assertNotNull(t, "Pageflow-Signature carries t");
        long age = System.currentTimeMillis() / 1000 - Long.parseLong(t);
        assertTrue(age >= -5 && age < 300, "the signed time is now");
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = HexFormat.of().formatHex(mac.doFinal((t + "." + request.body()).getBytes(StandardCharsets.UTF_8)));
        return expected.equals(v1);
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
