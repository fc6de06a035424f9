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

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.junit.jupiter.api.extension.ExtendWith;

/** A 12-page born-digital PDF through the whole pipeline: text layer, chunks, search, export. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BornDigitalPdfIT {

    static final String PAGE_NINE_SENTENCE = "Nine grey herons guard the copper lighthouse while the evening tide turns silver.";

    static final PageflowClient client = new PageflowClient();
    static final List<List<String>> pages = new ArrayList<>();
    static final List<Integer> progressSeen = new ArrayList<>();
    static JsonObject job;

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
        JsonObject queued = client.submitAccepted(List.of(new PageflowClient.FilePart("report.pdf", "application/pdf", pdf)),
                Map.of("title", "Twelve-page report"));
        assertEquals("queued", queued.getString("status"));
        job = client.awaitEnd(queued.getJsonNumber("id").longValue(), Duration.ofMinutes(3),
                seen -> progressSeen.add(seen.getInt("progress")));
    }

    @Test
    void completesWithEveryPageFromTheTextLayer() {
        assertEquals("completed", job.getString("status"), () -> "job ended " + job);
        assertEquals(100, job.getInt("progress"));
        assertEquals(12, job.getInt("pagesTotal"));
        assertEquals(12, job.getInt("pagesDone"));
        assertEquals(0, job.getInt("pagesFailed"));
        JsonArray pageList = client.pages(id());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12), PageflowClient.ints(pageList, "number"));
        pageList.forEach(p -> {
            assertEquals("completed", p.asJsonObject().getString("status"));
            assertEquals("text-layer", p.asJsonObject().getString("textSource"));
        });
    }

    @Test
    void pageTextIsExactlyWhatWasWritten() {
        for (int n = 1; n <= 12; n++) {
            var response = client.get("/api/documents/" + documentId() + "/pages/" + n + "/text");
            assertEquals(200, response.statusCode());
            assertEquals(String.join("\n", pages.get(n - 1)), response.body(), "text of page " + n);
        }
    }

    @Test
    void progressNeverDecreasesAndTimestampsAreOrdered() {
        for (int i = 1; i < progressSeen.size(); i++) {
            assertTrue(progressSeen.get(i) >= progressSeen.get(i - 1), "progress went back: " + progressSeen);
        }
        OffsetDateTime created = OffsetDateTime.parse(job.getString("createdAt"));
        OffsetDateTime started = OffsetDateTime.parse(job.getString("startedAt"));
        OffsetDateTime completed = OffsetDateTime.parse(job.getString("completedAt"));
        assertFalse(started.isBefore(created), "startedAt before createdAt");
        assertFalse(completed.isBefore(started), "completedAt before startedAt");
    }

    @Test
    void chunksCoverEveryPage() {
        JsonObject export = PageflowClient.json(client.get("/api/jobs/" + id() + "/result?format=json").body())
                .asJsonObject();
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
        JsonArray hits = client.search(PAGE_NINE_SENTENCE, 5, documentId());
        assertFalse(hits.isEmpty());
        JsonObject first = hits.getJsonObject(0);
        assertTrue(first.getInt("pageStart") <= 9 && first.getInt("pageEnd") >= 9, "first hit " + first);
        assertTrue(first.getString("text").contains(PAGE_NINE_SENTENCE), "first hit holds the sentence: " + first);
        assertEquals(documentId(), first.getJsonNumber("documentId").longValue());
    }

    @Test
    void xmlExportIsWellFormedWithTwelvePages() throws Exception {
        var response = client.getBytes("/api/jobs/" + id() + "/result?format=xml");
        assertEquals(200, response.statusCode());
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(response.body()));
        assertEquals("export", xml.getDocumentElement().getTagName());
        assertEquals(12, xml.getElementsByTagName("page").getLength());
        assertTrue(xml.getElementsByTagName("chunk").getLength() > 0);
    }

    @Test
    void pageImageIsAPng() {
        var response = client.getBytes("/api/documents/" + documentId() + "/pages/3/image");
        assertEquals(200, response.statusCode());
        assertEquals("image/png", response.headers().firstValue("Content-Type").orElse(""));
        assertEquals((byte) 0x89, response.body()[0]);
    }

    private static long id() {
        return job.getJsonNumber("id").longValue();
    }

    private static long documentId() {
        return job.getJsonNumber("documentId").longValue();
    }
}
