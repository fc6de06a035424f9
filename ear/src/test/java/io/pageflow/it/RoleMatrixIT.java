package io.pageflow.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.pageflow.client.model.JobView;

/**
 * The role matrix of docs/security.md, as a table: each class of operation with the least role it needs, tried
 * by a user of every role. Below that role the answer is 403; from it on anything but 401 and 403 (the
 * operation itself may then refuse the values, which is not the point here).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RoleMatrixIT {

    static final List<String> ROLES = List.of("submitter", "reviewer", "operator", "admin");

    record Operation(String what, String method, String path, String body, String leastRole) {
    }

    @Test
    void eachRoleMayDoWhatTheMatrixSaysAndNoMore() {
        TestApi admin = new TestApi();
        JobView job = admin.submitAccepted(List.of(new PageflowClient.FilePart("matrix.pdf", "application/pdf",
                TestDocuments.bornDigitalPdf(List.of(TestDocuments.lines(77, 4))))), Map.of());
        admin.awaitEnd(job.getId(), Duration.ofMinutes(3));
        long doc = job.getDocumentId();
        long id = job.getId();
        List<Operation> matrix = List.of(
                new Operation("read: list jobs", "GET", "/api/jobs", null, "submitter"),
                new Operation("read: limits", "GET", "/api/limits", null, "submitter"),
                new Operation("read: search", "GET", "/api/search?q=matrix", null, "submitter"),
                new Operation("read: document types", "GET", "/api/document-types", null, "submitter"),
                new Operation("read: someone's job", "GET", "/api/jobs/" + id, null, "reviewer"),
                new Operation("read: someone's page text", "GET", "/api/documents/" + doc + "/pages/1/text", null, "reviewer"),
                new Operation("review: queue", "GET", "/api/review-queue", null, "reviewer"),
                new Operation("review: approve a page", "PUT", "/api/documents/" + doc + "/pages/1/review",
                        "{\"review\":\"approved\"}", "reviewer"),
                new Operation("review: correct fields", "PUT", "/api/documents/" + doc + "/pages/1/extraction",
                        "{\"fields\":{}}", "reviewer"),
                new Operation("operate: cancel", "POST", "/api/jobs/" + id + "/cancel", null, "operator"),
                new Operation("operate: restart", "POST", "/api/jobs/" + id + "/restart", null, "operator"),
                new Operation("operate: requeue", "POST", "/api/admin/requeue?jobId=" + id + "&stage=export", null, "operator"),
                new Operation("operate: sweep", "POST", "/api/admin/sweep", null, "operator"),
                new Operation("operate: webhooks", "GET", "/api/webhooks", null, "operator"),
                new Operation("operate: delete a document", "DELETE", "/api/documents/999999999", null, "operator"),
                new Operation("admin: users", "GET", "/api/users", null, "admin"),
                new Operation("admin: add a document type", "POST", "/api/document-types", "{}", "admin"),
                new Operation("admin: change an analysis profile", "PUT", "/api/analysis-profiles/no-such-profile", "{}", "admin"),
                new Operation("admin: add an export mapping", "POST", "/api/export-mappings", "{}", "admin"));

        Map<String, String> users = new LinkedHashMap<>();
        for (String role : ROLES) {
            users.put(role, Users.add("matrix-" + role, role));
        }
        List<String> wrong = new ArrayList<>();
        for (Operation operation : matrix) {
            for (String role : ROLES) {
                HttpResponse<String> answer = Users.send(operation.method(), operation.path(), operation.body(),
                        Users.basic(users.get(role)));
                boolean allowed = ROLES.indexOf(role) >= ROLES.indexOf(operation.leastRole());
                int status = answer.statusCode();
                boolean refused = status == 403 || (status == 404 && !allowed && operation.what().contains("someone's"));
                if (allowed == refused || status == 401) {
                    wrong.add(String.format("%-34s %-9s -> %d (%s)", operation.what(), role, status,
                            allowed ? "should be allowed" : "should be refused"));
                }
            }
        }
        assertEquals(List.of(), wrong, "the role matrix");
    }
}
