package io.pageflow.understanding;

import java.util.Objects;
import java.util.Optional;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;

/**
 * One version of a document type as the engines see it. {@code definition} is the stored JSON:
 * <pre>
 * {
 *   "description": "what such a page is, in words (also embedded by the classifier)",
 *   "schema":      { JSON Schema (2020-12) of the extracted fields object },
 *   "classification": { "keywords": [...], "patterns": [...], "exclude": [...], "examples": [...] },
 *   "fields":      { "fieldName": { "anchors": [...], "pattern": "...", "normaliser": "...", ... } },
 *   "engine":      "rules" (default) or "llm",
 *   "summaryAmount": "a number field that batch run summaries total" (optional)
 * }
 * </pre>
 * The {@code classification} and {@code fields} members are read by the rule engine; docs/understanding.md
 * describes each of their keys.
 */
public record TypeDefinition(String name, int version, JsonObject definition) {

    /** The type every page gets when no other type is confident enough. */
    public static final String UNKNOWN = "unknown";

    public TypeDefinition {
        Objects.requireNonNull(name);
        Objects.requireNonNull(definition);
    }

    public boolean isUnknown() {
        return UNKNOWN.equals(name);
    }

    public String description() {
        return definition.getString("description", "");
    }

    public JsonObject schema() {
        return objectOrEmpty("schema");
    }

    public JsonObject classification() {
        return objectOrEmpty("classification");
    }

    public JsonObject fields() {
        return objectOrEmpty("fields");
    }

    /** {@code rules} unless the type asks for the LLM engine. */
    public String engine() {
        return definition.getString("engine", "rules");
    }

    /**
     * The field whose values a batch's run summary totals for this type ({@code "summaryAmount": "totalAmount"}):
     * empty when the definition does not say; {@code "summaryAmount": null} says "none".
     */
    public Optional<String> summaryAmount() {
        return definition.get("summaryAmount") instanceof JsonString field ? Optional.of(field.getString()) : Optional.empty();
    }

    /** Whether the definition names its summary amount field, or says it has none. */
    public boolean declaresSummaryAmount() {
        return definition.containsKey("summaryAmount");
    }

    private JsonObject objectOrEmpty(String member) {
        JsonObject value = definition.getJsonObject(member);
        return value == null ? jakarta.json.JsonValue.EMPTY_JSON_OBJECT : value;
    }
}
