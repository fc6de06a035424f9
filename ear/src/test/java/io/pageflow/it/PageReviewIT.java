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

import io.pageflow.client.model.JobView;
import io.pageflow.client.model.PageView;
import io.pageflow.client.model.ReviewRequest;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A page's review status through the API: stored, validated, kept by a resume, cleared by new text. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PageReviewIT {

    static final TestApi api = new TestApi();

    @Test
    void aReviewIsStoredOnThePageAndNewTextClearsIt() throws Exception {
        int seed = ThreadLocalRandom.current().nextInt();
        JobView job = api.submitAccepted(ReliabilityIT.pages(ReliabilityIT.goodPage(seed), ReliabilityIT.goodPage(seed + 1)),
                Map.of());
        long id = job.getId();
        long document = job.getDocumentId();
        assertEquals("page-1.png", job.getTitle(), "a job without a title is named after its first file");
        api.awaitEnd(id, Duration.ofMinutes(2));

        PageView reviewed = api.documents.reviewPage(document, 2,
                new ReviewRequest().review(ReviewRequest.ReviewEnum.APPROVED).note("  matches the scan "));
        assertEquals("approved", reviewed.getReview());
        PageView page = api.page(id, 2);
        assertEquals("approved", page.getReview());
        assertEquals("matches the scan", page.getReviewNote());
        assertTrue(page.getReviewedAt() != null);
        assertEquals("unreviewed", api.page(id, 1).getReview());
        assertEquals(1, api.countEvents(id, "page.reviewed", 2));

        // A verdict outside the enumeration cannot be written with the generated model: sent as raw JSON.
        HttpResponse<String> maybe = rawReview(document, 2, "{\"review\":\"maybe\"}");
        assertEquals(400, maybe.statusCode(), maybe::body);
        assertTrue(maybe.body().contains("INVALID_PARAMETER"), maybe.body());
        var missing = api.refused(400, "INVALID_PARAMETER", () -> api.documents.reviewPage(document, 2, new ReviewRequest()));
        assertEquals("review", missing.getInvalidParams().get(0).getName());
        api.refused(400, "INVALID_PARAMETER", () -> api.documents.reviewPage(document, 2,
                new ReviewRequest().review(ReviewRequest.ReviewEnum.APPROVED).note("x".repeat(2001))));
        api.refused(404, "NOT_FOUND", () -> api.documents.reviewPage(document, 9,
                new ReviewRequest().review(ReviewRequest.ReviewEnum.APPROVED)));

        assertEquals(202, api.jobs.retryPageWithHttpInfo(id, 2).getStatusCode());
        api.awaitEnd(id, Duration.ofMinutes(2));
        PageView retried = api.page(id, 2);
        assertEquals("completed", retried.getStatus());
        assertEquals("unreviewed", retried.getReview(), "new text has not been reviewed: " + retried);
        assertTrue(retried.getReviewNote() == null);
    }

    @Test
    void aPageWithoutTextCannotBeReviewed() {
        int seed = ThreadLocalRandom.current().nextInt();
        JobView job = api.submitAccepted(ReliabilityIT.pages(ReliabilityIT.corruptPage(seed)), Map.of());
        api.awaitEnd(job.getId(), Duration.ofMinutes(2));
        api.refused(409, "PAGE_NOT_COMPLETED", () -> api.documents.reviewPage(job.getDocumentId(), 1,
                new ReviewRequest().review(ReviewRequest.ReviewEnum.APPROVED)));
    }

    private static HttpResponse<String> rawReview(long document, int page, String json) {
        try {
            return HttpClient.newHttpClient().send(PageflowClient.asAdmin(HttpRequest.newBuilder(
                            URI.create(PageflowClient.BASE + "/api/documents/" + document + "/pages/" + page + "/review"))
                    .header("Content-Type", "application/json"))
                    .PUT(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
