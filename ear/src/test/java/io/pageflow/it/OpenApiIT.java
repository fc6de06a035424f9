package io.pageflow.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The OpenAPI document describes every endpoint, so that clients can be generated from it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiIT {

    static final PageflowClient client = new PageflowClient();

    @Test
    void listsEveryEndpoint() {
        var response = client.get("/openapi?format=JSON");
        assertEquals(200, response.statusCode());
        JsonObject paths = PageflowClient.json(response.body()).asJsonObject().getJsonObject("paths");
        assertOperation(paths, "/api/jobs", "post");
        assertOperation(paths, "/api/jobs", "get");
        assertOperation(paths, "/api/jobs/{id}", "get");
        assertOperation(paths, "/api/jobs/{id}/pages", "get");
        assertOperation(paths, "/api/jobs/{id}/result", "get");
        assertOperation(paths, "/api/documents/{documentId}/pages/{number}/text", "get");
        assertOperation(paths, "/api/documents/{documentId}/pages/{number}/image", "get");
        assertOperation(paths, "/api/search", "get");
        assertOperation(paths, "/api/jobs/{id}/resume", "post");
        assertOperation(paths, "/api/jobs/{id}/restart", "post");
        assertOperation(paths, "/api/jobs/{id}/cancel", "post");
        assertOperation(paths, "/api/jobs/{id}/pages/{number}/retry", "post");
        assertOperation(paths, "/api/jobs/{id}/events", "get");
        assertOperation(paths, "/api/batches", "post");
        assertOperation(paths, "/api/batches/{id}", "get");
    }

    private static void assertOperation(JsonObject paths, String path, String method) {
        assertTrue(paths.containsKey(path), "OpenAPI lacks " + path + "; has " + paths.keySet());
        JsonObject operation = paths.getJsonObject(path).getJsonObject(method);
        assertTrue(operation != null, "OpenAPI lacks " + method.toUpperCase() + " " + path);
        assertTrue(operation.containsKey("summary"), method + " " + path + " has no summary");
    }
}
