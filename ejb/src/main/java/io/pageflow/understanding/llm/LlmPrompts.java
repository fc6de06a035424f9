package io.pageflow.understanding.llm;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import io.pageflow.understanding.PageInput;
import io.pageflow.understanding.TypeDefinition;

/**
 * The chat-completion requests the engine sends, and the JSON Schemas their answers must match. The answer's
 * shape is asked for with {@code response_format: json_schema}; for endpoints that do not take it,
 * {@link #withJsonObjectFormat} asks for any JSON object and puts the schema into the instructions.
 */
final class LlmPrompts {

    /** About 5,000 tokens of page text: enough for a dense A4 page, a bound on what one page can cost. */
    static final int MAX_PAGE_CHARS = 20_000;
    private static final int MAX_DESCRIPTION_CHARS = 1_500;

    private LlmPrompts() {
    }

    /** {@code {"docType": one of the type names, "confidence": 0..1}}. */
    static JsonObject classificationSchema(List<TypeDefinition> types) {
        Set<String> names = new LinkedHashSet<>();
        types.forEach(type -> names.add(type.name()));
        names.add(TypeDefinition.UNKNOWN);
        JsonArrayBuilder docTypes = Json.createArrayBuilder();
        names.forEach(docTypes::add);
        return Json.createObjectBuilder()
                .add("type", "object")
                .add("properties", Json.createObjectBuilder()
                        .add("docType", Json.createObjectBuilder().add("type", "string").add("enum", docTypes))
                        .add("confidence", Json.createObjectBuilder().add("type", "number")
                                .add("minimum", 0).add("maximum", 1)))
                .add("required", Json.createArrayBuilder().add("docType").add("confidence"))
                .add("additionalProperties", false)
                .build();
    }

    static JsonObject classification(String model, PageInput page, List<TypeDefinition> types) {
        StringBuilder catalogue = new StringBuilder();
        for (TypeDefinition type : types) {
            if (!type.isUnknown()) {
                catalogue.append("- ").append(type.name()).append(": ")
                        .append(clip(type.description(), MAX_DESCRIPTION_CHARS)).append('\n');
            }
        }
        String system = """
                You sort the pages of business documents into types. Read the page and answer with a JSON \
                object: "docType", the one type the page is, and "confidence", how sure you are from 0 to 1. \
                Answer "unknown" when no type fits. A look-alike is unknown: a purchase order, a delivery \
                challan, a quotation or a bank statement is not an invoice.""";
        String user = "Types:\n" + catalogue + "- unknown: none of the above\n\n" + pageText(page);
        return request(model, system, user, "page_classification", classificationSchema(types), true);
    }

    /**
     * The answer extraction asks for: the type's own fields object, and beside it the text each field was read
     * from and how sure the model is of each. The type schema's {@code $defs} move to the root so that its
     * {@code $ref}s still resolve once it is nested.
     */
    static JsonObject extractionSchema(TypeDefinition type) {
        JsonObject fieldsSchema = type.schema();
        JsonObjectBuilder nested = Json.createObjectBuilder(fieldsSchema).remove("$schema").remove("$id")
                .remove("$defs").remove("definitions");
        JsonObjectBuilder root = Json.createObjectBuilder()
                .add("type", "object")
                .add("properties", Json.createObjectBuilder()
                        .add("fields", nested)
                        .add("evidence", Json.createObjectBuilder().add("type", "object")
                                .add("additionalProperties", Json.createObjectBuilder().add("type", "string")))
                        .add("confidence", Json.createObjectBuilder().add("type", "object")
                                .add("additionalProperties", Json.createObjectBuilder().add("type", "number"))))
                .add("required", Json.createArrayBuilder().add("fields"));
        for (String definitions : List.of("$defs", "definitions")) {
            if (fieldsSchema.containsKey(definitions)) {
                root.add(definitions, fieldsSchema.get(definitions));
            }
        }
        return root.build();
    }

    static JsonObject extraction(String model, PageInput page, TypeDefinition type) {
        String system = """
                You read the fields of one page of a document and answer with a JSON object: "fields", the \
                values as the schema describes them; "evidence", for each field the exact text of the page it \
                was read from; "confidence", for each field how sure you are from 0 to 1. Leave out a field \
                the page does not show: never guess or invent a value. Write dates as yyyy-MM-dd, amounts as \
                plain numbers without currency signs or thousands separators, identifiers such as GSTINs and \
                vehicle numbers in upper case without spaces.""";
        String user = "The page is a \"" + type.name() + "\": " + clip(type.description(), MAX_DESCRIPTION_CHARS)
                + "\n\n" + pageText(page);
        // not strict: a type's schema may use keywords or optional fields that strict mode refuses
        return request(model, system, user, "page_fields", extractionSchema(type), false);
    }

    /**
     * A request of the caller's own: its instructions and text, answered as a JSON object matching
     * {@code schema} (not strict: a caller's schema may use keywords strict mode refuses).
     */
    static JsonObject answer(String model, String instructions, String text, String name, JsonObject schema) {
        return request(model, instructions, clip(text, MAX_PAGE_CHARS), name, schema, false);
    }

    /** The same request for an endpoint that takes only {@code response_format: json_object}. */
    static JsonObject withJsonObjectFormat(JsonObject request) {
        JsonObject schema = request.getJsonObject("response_format").getJsonObject("json_schema")
                .getJsonObject("schema");
        JsonObject system = request.getJsonArray("messages").getJsonObject(0);
        String instructions = system.getString("content")
                + "\n\nThe JSON object must match this JSON Schema:\n" + schema;
        return Json.createObjectBuilder(request)
                .add("messages", Json.createArrayBuilder(request.getJsonArray("messages"))
                        .set(0, Json.createObjectBuilder(system).add("content", instructions)))
                .add("response_format", Json.createObjectBuilder().add("type", "json_object"))
                .build();
    }

    private static JsonObject request(String model, String system, String user, String name, JsonObject schema,
            boolean strict) {
        return Json.createObjectBuilder()
                .add("model", model)
                .add("temperature", 0)
                .add("messages", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("role", "system").add("content", system))
                        .add(Json.createObjectBuilder().add("role", "user").add("content", user)))
                .add("response_format", Json.createObjectBuilder()
                        .add("type", "json_schema")
                        .add("json_schema", Json.createObjectBuilder()
                                .add("name", name).add("strict", strict).add("schema", schema)))
                .build();
    }

    private static String pageText(PageInput page) {
        String text = page.text() == null ? "" : page.text();
        return "Page " + page.pageNumber() + " (between the lines of ====):\n====\n"
                + clip(text, MAX_PAGE_CHARS) + "\n====";
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + " […]";
    }
}
