package io.pageflow.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import javax.xml.parsers.DocumentBuilderFactory;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.junit.jupiter.api.extension.ExtendWith;

import io.pageflow.client.ApiResponse;
import io.pageflow.client.model.JobView;
import io.pageflow.client.model.PageView;
import io.pageflow.client.model.SearchHit;

/**
 * A 12-page born-digital PDF through the whole pipeline: text layer, chunks, search, export. All through the
 * client generated from the OpenAPI document: the PDF goes in its file part, the job is followed, and pages,
 * text, image and export are read with the generated operations.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BornDigitalPdfIT {

    static final String PAGE_NINE_SENTENCE = "Nine grey herons guard the copper lighthouse while the evening tide turns silver.";

    static final TestApi api = new TestApi();
    static final List<List<String>> pages = new ArrayList<>();
    static final List<Integer> progressSeen = new ArrayList<>();
    static JobView job;

    @BeforeAll
    static void processTwelvePages() {
        for (int n = 1; n <= 12; n++) {
            List<String> lines = new ArrayList<>(TestDocuments.lines(1000L + n, 14));
            if (n == 9) {
                lines.add(7, PAGE_NINE_SENTENCE);
            }
            pages.add(lines);
        }
        byte[] pdf = TestDocuments.bornDigitalPdf(pages);
        JobView queued = api.submitAccepted(List.of(new PageflowClient.FilePart("report.pdf", "application/pdf", pdf)),
                Map.of("title", "Twelve-page report"));
        assertEquals("queued", queued.getStatus());
        assertEquals("Twelve-page report", queued.getTitle());
        job = api.awaitEnd(queued.getId(), Duration.ofMinutes(3), seen -> progressSeen.add(seen.getProgress()));
    }

    @Test
    void completesWithEveryPageFromTheTextLayer() {
        assertEquals("completed", job.getStatus(), () -> "job ended " + job);
        assertEquals(100, job.getProgress());
        assertEquals(12, job.getPagesTotal());
        assertEquals(12, job.getPagesDone());
        assertEquals(0, job.getPagesFailed());
        List<PageView> pageList = api.pages(id());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12), pageList.stream().map(PageView::getNumber).toList());
        pageList.forEach(p -> {
            assertEquals("completed", p.getStatus());
            assertEquals("text-layer", p.getTextSource());
        });
    }

    @Test
    void pagesArePagedWithATotalAndLinks() throws Exception {
        ApiResponse<List<PageView>> first = api.jobs.listPagesWithHttpInfo(id(), 5, 0);
        assertEquals(List.of(1, 2, 3, 4, 5), first.getData().stream().map(PageView::getNumber).toList());
        assertEquals(List.of("12"), first.getHeaders().get("X-Total-Count"));
        String links = String.join(",", first.getHeaders().get("Link"));
        assertTrue(links.contains("offset=5&limit=5>; rel=\"next\""), links);
        ApiResponse<List<PageView>> last = api.jobs.listPagesWithHttpInfo(id(), 5, 10);
        assertEquals(List.of(11, 12), last.getData().stream().map(PageView::getNumber).toList());
        String lastLinks = String.join(",", last.getHeaders().get("Link"));
        assertFalse(lastLinks.contains("rel=\"next\""), lastLinks);
        assertTrue(lastLinks.contains("offset=5&limit=5>; rel=\"prev\""), lastLinks);
    }

    @Test
    void pageTextIsExactlyWhatWasWritten() {
        for (int n = 1; n <= 12; n++) {
            assertEquals(String.join("\n", pages.get(n - 1)), api.text(documentId(), n), "text of page " + n);
        }
    }

    @Test
    void progressNeverDecreasesAndTimestampsAreOrdered() {
        for (int i = 1; i < progressSeen.size(); i++) {
            assertTrue(progressSeen.get(i) >= progressSeen.get(i - 1), "progress went back: " + progressSeen);
        }
        OffsetDateTime created = job.getCreatedAt();
        OffsetDateTime started = job.getStartedAt();
        OffsetDateTime completed = job.getCompletedAt();
        assertFalse(started.isBefore(created), "startedAt before createdAt");
        assertFalse(completed.isBefore(started), "completedAt before startedAt");
    }

    @Test
    void chunksCoverEveryPage() {
        JsonObject export = Json.createReader(new java.io.StringReader(api.result(id(), "json"))).readObject();
        JsonArray chunks = export.getJsonArray("chunks");
        assertFalse(chunks.isEmpty());
        TreeSet<Integer> covered = new TreeSet<>();
        chunks.forEach(c -> {
            for (int p = c.asJsonObject().getInt("pageStart"); p <= c.asJsonObject().getInt("pageEnd"); p++) {
                covered.add(p);
            }
        });
        assertEquals(new TreeSet<>(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)), covered);
        assertEquals(12, export.getJsonArray("pages").size());
    }

    @Test
    void searchFindsTheSentenceOfPageNineFirst() {
        List<SearchHit> hits = api.search(PAGE_NINE_SENTENCE, 5, documentId());
        assertFalse(hits.isEmpty());
        SearchHit first = hits.get(0);
        assertTrue(first.getPageStart() <= 9 && first.getPageEnd() >= 9, "first hit " + first);
        assertTrue(first.getText().contains(PAGE_NINE_SENTENCE), "first hit holds the sentence: " + first);
        assertEquals(documentId(), first.getDocumentId());
    }

    @Test
    void xmlExportIsWellFormedWithTwelvePages() throws Exception {
        byte[] export = TestApi.bytes(api.jobs.getResult(id(), "xml", null));
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(export));
        assertEquals("export", xml.getDocumentElement().getTagName());
        assertEquals(12, xml.getElementsByTagName("page").getLength());
        assertTrue(xml.getElementsByTagName("chunk").getLength() > 0);
    }

    @Test
    void pageImageIsAPng() throws Exception {
        var response = api.documents.getPageImageWithHttpInfo(documentId(), 3);
        assertEquals(200, response.getStatusCode());
        assertEquals(List.of("image/png"), response.getHeaders().get("Content-Type"));
        byte[] png = TestApi.bytes(response.getData());
        assertEquals((byte) 0x89, png[0]);
        assertEquals('P', png[1]);
    }

    @Test
    void aParameterOutOfRangeIsNamedInTheProblem() {
        var problem = api.refused(400, "INVALID_PARAMETER", () -> api.jobs.listPages(id(), 0, 0));
        assertEquals("limit", problem.getInvalidParams().get(0).getName());
        api.refused(400, "INVALID_PARAMETER", () -> api.jobs.getResult(id(), "pdf", null));
        api.refused(404, "NOT_FOUND", () -> api.documents.getPageText(documentId(), 13));
    }

    private static long id() {
        return job.getId();
    }

    private static long documentId() {
        return job.getDocumentId();
    }
}
