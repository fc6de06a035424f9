package io.pageflow.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;


import io.pageflow.client.model.JobView;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Adding and replacing single pages: refused while the document is being processed, then re-indexed. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PageEditIT {

    static final TestApi api = new TestApi();

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
        JobView queued = api.submitAccepted(files, Map.of());
        long id = queued.getId();
        long document = queued.getDocumentId();

        api.refused(409, "DOCUMENT_BUSY", () -> api.documents.addPage(document, file(page(710)), null));
        api.refused(409, "DOCUMENT_BUSY", () -> api.documents.replacePage(document, 2, file(page(711))));
        assertEquals("completed", api.awaitEnd(id, Duration.ofMinutes(3)).getStatus());

        var added = TestApi.call(() -> api.documents.addPageWithHttpInfo(document, file(page(720)), 1));
        assertEquals(202, added.getStatusCode());
        assertEquals(id, added.getData().getId(), "the document's job processes the new page");
        JobView afterAdd = api.awaitEnd(id, Duration.ofMinutes(2));
        assertEquals("completed", afterAdd.getStatus(), afterAdd::toString);
        assertEquals(7, afterAdd.getPagesTotal());
        assertOcr(document, 1, 720);
        assertOcr(document, 2, 700);

        var replaced = TestApi.call(() -> api.documents.replacePageWithHttpInfo(document, 4, file(page(730))));
        assertEquals(202, replaced.getStatusCode());
        assertEquals("completed", api.awaitEnd(id, Duration.ofMinutes(2)).getStatus());
        assertOcr(document, 4, 730);
        String export = api.result(id, "json");
        assertTrue(export.contains(TestDocuments.lines(730, 3).get(0).substring(0, 25)), "the export shows the new page");
        var hits = api.search(TestDocuments.lines(730, 3).get(1), 3, document);
        assertTrue(hits.get(0).getPageStart() <= 4 && hits.get(0).getPageEnd() >= 4,
                "search finds the replaced page's text on page 4: " + hits);
        assertEquals(1, api.countEvents(id, "page.replaced", 4));
    }

    private static void assertOcr(long document, int number, int seed) {
        String text = api.text(document, number);
        assertTrue(TextMetrics.characterErrorRate(text(seed), text) < 0.05, "page " + number + ": " + text);
    }

    private static java.io.File file(byte[] png) {
        return TestApi.file(new PageflowClient.FilePart("p.png", "image/png", png));
    }
}
