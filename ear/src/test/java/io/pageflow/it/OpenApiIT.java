package io.pageflow.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openapitools.codegen.config.CodegenConfigurator;

/**
 * The OpenAPI document the server serves is one a generator accepts, names every operation, and is the same
 * document the client module generated the tests' client from at build time.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiIT {

    static final Set<String> OPERATIONS = Set.of("submitJob", "getJob", "listJobs", "listPages", "getPage",
            "getPageText", "getPageImage", "getResult", "resumeJob", "restartJob", "cancelJob", "retryPage",
            "listEvents", "search", "createBatch", "getBatch", "addPage", "replacePage", "deleteDocument",
            "reviewPage", "getLimits", "sweepOrphans", "requeueStage", "listDocuments", "getDocument",
            "getDocumentExtraction", "getPageExtraction", "correctPageExtraction", "listReviewQueue",
            "listDocumentTypes", "getDocumentType", "listDocumentTypeVersions", "createDocumentType",
            "updateDocumentType", "getBatchSummary", "listExportMappings", "getExportMapping",
            "listExportMappingVersions", "createExportMapping", "updateExportMapping", "createWebhook",
            "listWebhooks", "getWebhook", "deleteWebhook", "listWebhookDeliveries", "listAnalysisProfiles",
            "getAnalysisProfile", "listAnalysisProfileVersions", "createAnalysisProfile", "updateAnalysisProfile",
            "startAnalysis", "listAnalyses", "consolidateAnalysis", "listAnalysisPages", "signIn", "getSession",
            "signOut", "listUsers", "addUser", "removeUser", "listTokens", "createToken", "revokeToken");

    static final PageflowClient client = new PageflowClient();

    @Test
    void passesTheGeneratorsValidation(@TempDir Path dir) throws IOException {
        Path document = Files.writeString(dir.resolve("openapi.json"), served(), StandardCharsets.UTF_8);
        // the same parsing and validation that openapi-generator runs before it generates anything;
        // it throws SpecValidationException listing what is wrong
        var context = new CodegenConfigurator().setGeneratorName("java").setValidateSpec(true)
                .setInputSpec(document.toString()).toContext();
        assertNotNull(context.getSpecDocument(), "the generator read no document");
    }

    @Test
    void namesEveryOperation() {
        JsonObject paths = json(served()).getJsonObject("paths");
        Set<String> ids = new TreeSet<>();
        paths.forEach((path, item) -> item.asJsonObject().forEach((method, operation) -> {
            if (operation.getValueType() == JsonValue.ValueType.OBJECT && operation.asJsonObject().containsKey("responses")) {
                JsonObject op = operation.asJsonObject();
                assertTrue(op.containsKey("operationId"), method.toUpperCase() + " " + path + " has no operationId");
                assertTrue(op.containsKey("summary"), method.toUpperCase() + " " + path + " has no summary");
                ids.add(op.getString("operationId"));
            }
        }));
        assertEquals(new TreeSet<>(OPERATIONS), ids);
    }

    @Test
    void everyErrorAnswerIsAProblem() {
        JsonObject paths = json(served()).getJsonObject("paths");
        paths.forEach((path, item) -> item.asJsonObject().forEach((method, operation) -> {
            if (operation.getValueType() != JsonValue.ValueType.OBJECT || !operation.asJsonObject().containsKey("responses")) {
                return;
            }
            operation.asJsonObject().getJsonObject("responses").forEach((status, response) -> {
                if (status.startsWith("4") || status.startsWith("5")) {
                    JsonObject content = response.asJsonObject().getJsonObject("content");
                    String where = method.toUpperCase() + " " + path + " " + status;
                    assertNotNull(content, where + " describes no body");
                    assertEquals("#/components/schemas/Problem", content.getJsonObject("application/problem+json")
                            .getJsonObject("schema").getString("$ref"), where + " is not a Problem");
                }
            });
        }));
    }

    @Test
    void everyListDeclaresItsPagingHeaders() {
        JsonObject document = json(served());
        JsonObject headers = document.getJsonObject("components").getJsonObject("headers");
        assertTrue(headers.containsKey("X-Total-Count") && headers.containsKey("Link"), headers.toString());
        List<String> lists = new ArrayList<>();
        document.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, operation) -> {
            if (operation.getValueType() != JsonValue.ValueType.OBJECT || !operation.asJsonObject().containsKey("parameters")) {
                return;
            }
            JsonObject op = operation.asJsonObject();
            List<String> names = op.getJsonArray("parameters").stream()
                    .map(p -> p.asJsonObject().getString("name")).toList();
            if (names.contains("limit") && names.contains("offset")) {
                lists.add(op.getString("operationId"));
                JsonObject ok = op.getJsonObject("responses").getJsonObject("200").getJsonObject("headers");
                assertNotNull(ok, op.getString("operationId") + " declares no headers");
                assertEquals("#/components/headers/X-Total-Count", ok.getJsonObject("X-Total-Count").getString("$ref"));
                assertEquals("#/components/headers/Link", ok.getJsonObject("Link").getString("$ref"));
            }
        }));
        assertTrue(lists.containsAll(List.of("listJobs", "listPages", "listEvents", "listDocuments", "listReviewQueue")),
                lists.toString());
    }

    @Test
    void isTheDocumentTheClientWasGeneratedFrom() throws IOException {
        JsonObject built;
        try (InputStream in = OpenApiIT.class.getResourceAsStream("/io/pageflow/client/openapi.json")) {
            assertNotNull(in, "the client jar lacks its openapi.json");
            built = Json.createReader(in).readObject();
        }
        // servers name the host and port the document was fetched from; everything else must match
        JsonObject served = Json.createObjectBuilder(json(served())).remove("servers").build();
        List<String> differences = new ArrayList<>();
        compare("", Json.createObjectBuilder(built).remove("servers").build(), served, differences);
        assertEquals(List.of(), differences,
                "the server describes its API differently from the build-time document the client was generated from");
    }

    /** JSON pointers where the two documents differ, with both values. */
    private static void compare(String pointer, JsonValue built, JsonValue served, List<String> differences) {
        if (built instanceof JsonObject b && served instanceof JsonObject s) {
            Set<String> keys = new TreeSet<>(b.keySet());
            keys.addAll(s.keySet());
            for (String key : keys) {
                compare(pointer + "/" + key, b.getOrDefault(key, JsonValue.NULL), s.getOrDefault(key, JsonValue.NULL),
                        differences);
            }
        } else if (!built.equals(served)) {
            differences.add(pointer + ": built " + built + ", served " + served);
        }
    }

    private static String served() {
        var response = client.get("/openapi?format=JSON");
        assertEquals(200, response.statusCode());
        return response.body();
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
