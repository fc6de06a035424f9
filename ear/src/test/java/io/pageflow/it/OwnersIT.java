package io.pageflow.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.pageflow.client.model.BatchSummary;
import io.pageflow.client.model.JobView;
import io.pageflow.client.model.NewAnalysis;
import io.pageflow.client.model.SearchHit;

/**
 * Two submitters: everything one of them owns — job, pages, text, image, result, events, document, extraction,
 * analysis, batch — is 404 to the other, as if it did not exist, and the other's lists and searches show none of
 * it; the owner sees it all.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OwnersIT {

    @Test
    void oneSubmittersWorkDoesNotExistForAnother() throws Exception {
        String alice = Users.add("alice", "submitter");
        String bob = Users.add("bob", "submitter");
        TestApi asAlice = TestApi.as(alice, Users.PASSWORD);
        TestApi asBob = TestApi.as(bob, Users.PASSWORD);
        String sentence = "Quarterly heliotrope inventory " + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36)
                + " stays with the lighthouse keeper";

        JobView job = asAlice.submitAccepted(List.of(new PageflowClient.FilePart("alice.pdf", "application/pdf",
                TestDocuments.bornDigitalPdf(List.of(List.of(sentence), TestDocuments.lines(3, 4))))), Map.of());
        assertEquals("completed", asAlice.awaitEnd(job.getId(), Duration.ofMinutes(3)).getStatus());
        JobView analysis = TestApi.call(() -> asAlice.analysis.startAnalysis(job.getDocumentId(), new NewAnalysis().profile("topics")));
        byte[] zip = ZipBatchIT.zip(Map.of("in-batch.pdf", TestDocuments.bornDigitalPdf(List.of(TestDocuments.lines(5, 2)))));
        BatchSummary batch = TestApi.call(() -> asAlice.batches.createBatch(
                TestApi.file(new PageflowClient.FilePart("alice.zip", "application/zip", zip)), null));
        long batchJob = batch.getEntries().get(0).getJobId();

        long d = job.getDocumentId();
        long j = job.getId();
        List<String> paths = List.of("/api/jobs/" + j, "/api/jobs/" + j + "/pages", "/api/jobs/" + j + "/pages/1",
                "/api/jobs/" + j + "/events", "/api/jobs/" + j + "/result", "/api/documents/" + d,
                "/api/documents/" + d + "/pages/1/text", "/api/documents/" + d + "/pages/1/image",
                "/api/documents/" + d + "/extraction", "/api/documents/" + d + "/pages/1/extraction",
                "/api/documents/" + d + "/analyses", "/api/jobs/" + analysis.getId(),
                "/api/jobs/" + analysis.getId() + "/analysis-pages", "/api/batches/" + batch.getId(),
                "/api/batches/" + batch.getId() + "/summary", "/api/jobs/" + batchJob);
        List<String> wrong = new ArrayList<>();
        for (String path : paths) {
            HttpResponse<String> toBob = Users.send("GET", path, null, Users.basic(bob));
            if (toBob.statusCode() != 404) {
                wrong.add("bob GET " + path + " -> " + toBob.statusCode());
            }
            HttpResponse<String> toAlice = Users.send("GET", path, null, Users.basic(alice));
            if (toAlice.statusCode() == 404 || toAlice.statusCode() == 403) {
                wrong.add("alice GET " + path + " -> " + toAlice.statusCode() + " " + toAlice.body());
            }
        }
        for (String change : List.of("/api/documents/" + d + "/analyses", "/api/jobs/" + analysis.getId() + "/consolidate")) {
            HttpResponse<String> bobTries = Users.send("POST", change, "{\"profile\":\"topics\"}", Users.basic(bob));
            if (bobTries.statusCode() != 404) {
                wrong.add("bob POST " + change + " -> " + bobTries.statusCode());
            }
        }
        assertEquals(List.of(), wrong, "another owner's work must not exist for bob");

        assertTrue(TestApi.call(() -> asBob.jobs.listJobs(100, 0, null)).stream().noneMatch(v -> v.getOwner() == null
                || !v.getOwner().equals(bob)), "bob's job list holds only bob's jobs");
        assertFalse(Users.send("GET", "/api/documents?limit=100", null, Users.basic(bob)).body().contains("\"id\":" + d + ","),
                "bob's document list does not hold alice's document");
        List<SearchHit> bobSearches = asBob.search(sentence, 20, null);
        assertTrue(bobSearches.stream().noneMatch(hit -> hit.getDocumentId() == d || hit.getText().contains("heliotrope")),
                "bob's search returns nothing of alice's document: " + bobSearches);
        assertTrue(Users.send("GET", "/api/search?q=heliotrope+lighthouse&documentId=" + d, null, Users.basic(bob)).body().equals("[]"),
                "not even when bob names the document");
        List<SearchHit> aliceSearches = asAlice.search(sentence, 5, null);
        assertTrue(aliceSearches.stream().anyMatch(hit -> hit.getDocumentId() == d), "alice finds her own sentence");
    }
}
