package io.pageflow.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The same files uploaded again are reported with a link to their job, reused, or stored again on request. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DuplicateUploadIT {

    static final PageflowClient client = new PageflowClient();

    @Test
    void sameFilesAreReportedReusedOrStoredAgain() {
        // Content no earlier run has uploaded.
        byte[] pdf = TestDocuments.bornDigitalPdf(List.of(TestDocuments.lines(System.nanoTime(), 4)));
        var files = List.of(new PageflowClient.FilePart("once.pdf", "application/pdf", pdf));
        JsonObject first = client.submitAccepted(files, Map.of("onDuplicate", "reject"));
        long firstId = first.getJsonNumber("id").longValue();

        var again = client.submit(files, Map.of("onDuplicate", "reject"));
        assertEquals(409, again.statusCode(), again::body);
        JsonObject problem = PageflowClient.json(again.body()).asJsonObject();
        assertEquals("DUPLICATE", problem.getString("code"));
        assertTrue(problem.getString("detail").contains("job " + firstId), problem.getString("detail"));
        assertEquals("</api/jobs/" + firstId + ">; rel=\"duplicate\"", again.headers().firstValue("Link").orElse(""));

        var reused = client.submit(files, Map.of("onDuplicate", "reuse"));
        assertEquals(200, reused.statusCode(), reused::body);
        assertEquals(firstId, PageflowClient.json(reused.body()).asJsonObject().getJsonNumber("id").longValue());

        var stored = client.submit(files, Map.of("onDuplicate", "store"));
        assertEquals(202, stored.statusCode(), stored::body);
        assertNotEquals(firstId, PageflowClient.json(stored.body()).asJsonObject().getJsonNumber("id").longValue());
    }
}
