package io.pageflow.understanding.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import io.pageflow.understanding.PageInput;
import io.pageflow.understanding.TypeDefinition;

class LlmPromptsTest {

    private static final PageInput PAGE = new PageInput(7, 2, "E-WAY BILL\nE-Way Bill No: 3210 1234 5678", "eng");
    private static final TypeDefinition BILL = new TypeDefinition("bill", 1, LlmAnswersTest.json("""
            {"description": "A GST tax invoice",
             "schema": {"$schema": "https://json-schema.org/draft/2020-12/schema",
                        "type": "object",
                        "properties": {"invoiceNumber": {"type": "string"},
                                       "lineItems": {"type": "array", "items": {"$ref": "#/$defs/lineItem"}}},
                        "$defs": {"lineItem": {"type": "object",
                                               "properties": {"amount": {"type": "number"}}}}}}"""));

    @Test
    void classificationAsksForOneOfTheTypesOrUnknownInStrictMode() {
        JsonObject request = LlmPrompts.classification("gpt-test", PAGE, List.of(BILL));
        assertEquals("gpt-test", request.getString("model"));
        JsonObject format = request.getJsonObject("response_format");
        assertEquals("json_schema", format.getString("type"));
        assertTrue(format.getJsonObject("json_schema").getBoolean("strict"));
        JsonObject docType = format.getJsonObject("json_schema").getJsonObject("schema")
                .getJsonObject("properties").getJsonObject("docType");
        assertEquals("[\"bill\",\"unknown\"]", docType.getJsonArray("enum").toString());
        String user = request.getJsonArray("messages").getJsonObject(1).getString("content");
        assertTrue(user.contains("- bill: A GST tax invoice") && user.contains("E-Way Bill No: 3210 1234 5678"));
    }

    @Test
    void theTypeSchemaIsNestedUnderFieldsWithItsDefinitionsAtTheRoot() {
        JsonObject schema = LlmPrompts.extractionSchema(BILL);
        JsonObject fields = schema.getJsonObject("properties").getJsonObject("fields");
        assertEquals("#/$defs/lineItem", fields.getJsonObject("properties").getJsonObject("lineItems")
                .getJsonObject("items").getString("$ref"));
        assertFalse(fields.containsKey("$defs"));
        assertFalse(fields.containsKey("$schema"));
        assertTrue(schema.getJsonObject("$defs").containsKey("lineItem"), "refs resolve from the root");
        List<String> problems = new SchemaCheck().violations(schema, LlmAnswersTest.json(
                "{\"fields\": {\"lineItems\": [{\"amount\": \"ten\"}]}}"));
        assertEquals(1, problems.size(), "the nested schema still checks through its $ref: " + problems);
    }

    @Test
    void theJsonObjectFallbackCarriesTheSchemaInTheInstructions() {
        JsonObject request = LlmPrompts.extraction("m", PAGE, BILL);
        JsonObject fallback = LlmPrompts.withJsonObjectFormat(request);
        assertEquals("json_object", fallback.getJsonObject("response_format").getString("type"));
        String system = fallback.getJsonArray("messages").getJsonObject(0).getString("content");
        assertTrue(system.contains("must match this JSON Schema") && system.contains("invoiceNumber"));
        assertEquals(request.getJsonArray("messages").getJsonObject(1),
                fallback.getJsonArray("messages").getJsonObject(1));
    }

    @Test
    void longPagesAreClipped() {
        PageInput longPage = new PageInput(1, 1, "x".repeat(LlmPrompts.MAX_PAGE_CHARS + 5000), "eng");
        String user = LlmPrompts.extraction("m", longPage, BILL).getJsonArray("messages").getJsonObject(1)
                .getString("content");
        assertTrue(user.length() < LlmPrompts.MAX_PAGE_CHARS + 2000);
    }
}
