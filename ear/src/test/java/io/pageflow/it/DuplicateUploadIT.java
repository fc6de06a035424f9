package io.pageflow.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import io.pageflow.client.ApiException;
import io.pageflow.client.model.JobView;
import io.pageflow.client.model.Problem;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The same files uploaded again are reported with a link to their job, reused, or stored again on request. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DuplicateUploadIT {

    static final TestApi api = new TestApi();

    @Test
    void sameFilesAreReportedReusedOrStoredAgain() throws Exception {
        // Content no earlier run has uploaded.
        byte[] pdf = TestDocuments.bornDigitalPdf(List.of(TestDocuments.lines(System.nanoTime(), 4)));
        var files = List.of(new PageflowClient.FilePart("once.pdf", "application/pdf", pdf));
        JobView first = api.submitAccepted(files, Map.of("onDuplicate", "reject"));
        long firstId = first.getId();

        Problem problem = api.refused(409, "DUPLICATE", () -> api.submit(files, Map.of("onDuplicate", "reject")));
        assertTrue(problem.getDetail().contains("job " + firstId), problem.getDetail());
        ApiException again = assertThrows(ApiException.class, () -> api.submit(files, Map.of("onDuplicate", "reject")));
        assertEquals("</api/jobs/" + firstId + ">; rel=\"duplicate\"",
                again.getResponseHeaders().firstValue("Link").orElse(""));

        var reused = api.submit(files, Map.of("onDuplicate", "reuse"));
        assertEquals(200, reused.getStatusCode());
        assertEquals(firstId, reused.getData().getId());

        var stored = api.submit(files, Map.of("onDuplicate", "store"));
        assertEquals(202, stored.getStatusCode());
        assertNotEquals(firstId, stored.getData().getId());
    }
}
