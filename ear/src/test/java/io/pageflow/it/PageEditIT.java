package io.pageflow.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Adding and replacing single pages: refused while the document is being processed, then re-indexed. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PageEditIT {

    static final PageflowClient client = new PageflowClient();

    static byte[] page(int seed) {
        return TestDocuments.png(TestDocuments.scannedPage(TestDocuments.lines(seed, 3)));
    }

    static String text(int seed) {
        return String.join("\n", TestDocuments.lines(seed, 3));
    }

    @Test
    void addAndReplaceArePossibleOnlyWhenTheDocumentIsNotBeingProcessed() {
        List<PageflowClient.FilePart> files = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            files.add(new PageflowClient.FilePart("p" + i + ".png", "image/png", page(700 + i)));
        }
        JsonObject queued = client.submitAccepted(files, Map.of());
        long id = queued.getJsonNumber("id").longValue();
        long document = queued.getJsonNumber("documentId").longValue();

        HttpResponse<String> busy = send("POST", "/api/documents/" + document + "/pages", page(710), Map.of());
        assertEquals(409, busy.statusCode(), busy::body);
        assertEquals("DOCUMENT_BUSY", PageflowClient.json(busy.body()).asJsonObject().getString("code"));
        HttpResponse<String> busyPut = send("PUT", "/api/documents/" + document + "/pages/2", page(711), Map.of());
        assertEquals(409, busyPut.statusCode(), busyPut::body);
        assertEquals("completed", client.awaitEnd(id, Duration.ofMinutes(3)).getString("status"));

        HttpResponse<String> added = send("POST", "/api/documents/" + document + "/pages", page(720), Map.of("position", "1"));
        assertEquals(200, added.statusCode(), added::body);
        JsonObject afterAdd = client.awaitEnd(id, Duration.ofMinutes(2));
        assertEquals("completed", afterAdd.getString("status"), afterAdd::toString);
        assertEquals(7, afterAdd.getInt("pagesTotal"));
        assertOcr(document, 1, 720);
        assertOcr(document, 2, 700);

        HttpResponse<String> replaced = send("PUT", "/api/documents/" + document + "/pages/4", page(730), Map.of());
        assertEquals(200, replaced.statusCode(), replaced::body);
        assertEquals("completed", client.awaitEnd(id, Duration.ofMinutes(2)).getString("status"));
        assertOcr(document, 4, 730);
        String export = client.get("/api/jobs/" + id + "/result?format=json").body();
        assertTrue(export.contains(TestDocuments.lines(730, 3).get(0).substring(0, 25)), "the export shows the new page");
        var hits = client.search(TestDocuments.lines(730, 3).get(1), 3, document);
        assertTrue(hits.getJsonObject(0).getInt("pageStart") <= 4 && hits.getJsonObject(0).getInt("pageEnd") >= 4,
                "search finds the replaced page's text on page 4: " + hits);
        assertEquals(1, client.countEvents(id, "page.replaced", 4));
    }

    private static void assertOcr(long document, int number, int seed) {
        String text = client.get("/api/documents/" + document + "/pages/" + number + "/text").body();
        assertTrue(TextMetrics.characterErrorRate(text(seed), text) < 0.05, "page " + number + ": " + text);
    }

    private static HttpResponse<String> send(String method, String path, byte[] png, Map<String, String> fields) {
        return client.multipart(method, path, List.of(new PageflowClient.FilePart("p.png", "image/png", png)), fields,
                Map.of());
    }
}
