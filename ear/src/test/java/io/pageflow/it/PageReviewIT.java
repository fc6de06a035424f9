package io.pageflow.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A page's review status through the API: stored, validated, kept by a resume, cleared by new text. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PageReviewIT {

    static final PageflowClient client = new PageflowClient();

    @Test
    void aReviewIsStoredOnThePageAndNewTextClearsIt() throws Exception {
        int seed = ThreadLocalRandom.current().nextInt();
        JsonObject job = client.submitAccepted(ReliabilityIT.pages(ReliabilityIT.goodPage(seed), ReliabilityIT.goodPage(seed + 1)),
                Map.of());
        long id = job.getJsonNumber("id").longValue();
        long document = job.getJsonNumber("documentId").longValue();
        assertEquals("page-1.png", job.getString("title"), "a job without a title is named after its first file");
        client.awaitEnd(id, Duration.ofMinutes(2));

        HttpResponse<String> approved = review(document, 2, "{\"review\":\"approved\",\"note\":\"  matches the scan \"}");
        assertEquals(200, approved.statusCode(), approved::body);
        JsonObject page = client.getJson("/api/jobs/" + id + "/pages/2").asJsonObject();
        assertEquals("approved", page.getString("review"));
        assertEquals("matches the scan", page.getString("reviewNote"));
        assertTrue(!page.isNull("reviewedAt"));
        assertEquals("unreviewed", client.getJson("/api/jobs/" + id + "/pages/1").asJsonObject().getString("review"));
        assertEquals(1, client.countEvents(id, "page.reviewed", 2));

        assertEquals(400, review(document, 2, "{\"review\":\"maybe\"}").statusCode());
        assertEquals(400, review(document, 2, "{}").statusCode());
        assertEquals(404, review(document, 9, "{\"review\":\"approved\"}").statusCode());

        assertEquals(200, client.post("/api/jobs/" + id + "/pages/2/retry").statusCode());
        client.awaitEnd(id, Duration.ofMinutes(2));
        JsonObject retried = client.getJson("/api/jobs/" + id + "/pages/2").asJsonObject();
        assertEquals("completed", retried.getString("status"));
        assertEquals("unreviewed", retried.getString("review"), "new text has not been reviewed: " + retried);
        assertTrue(retried.isNull("reviewNote"));
    }

    @Test
    void aPageWithoutTextCannotBeReviewed() {
        int seed = ThreadLocalRandom.current().nextInt();
        JsonObject job = client.submitAccepted(ReliabilityIT.pages(ReliabilityIT.corruptPage(seed)), Map.of());
        client.awaitEnd(job.getJsonNumber("id").longValue(), Duration.ofMinutes(2));
        HttpResponse<String> refused = review(job.getJsonNumber("documentId").longValue(), 1, "{\"review\":\"approved\"}");
        assertEquals(409, refused.statusCode(), refused::body);
        assertTrue(refused.body().contains("PAGE_NOT_COMPLETED"), refused.body());
    }

    private static HttpResponse<String> review(long document, int page, String json) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(PageflowClient.BASE + "/api/documents/" + document + "/pages/" + page + "/review"))
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
