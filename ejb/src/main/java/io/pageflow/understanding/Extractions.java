package io.pageflow.understanding;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import io.pageflow.understanding.DocumentMerge.Merged;
import io.pageflow.understanding.validation.SchemaValidation;
import io.pageflow.understanding.validation.Validation;

/**
 * Makes the stored extraction of a page or a document: a person's corrections laid over what the engine
 * found, the result validated against the type's schema (never silently accepted: an invalid result is kept
 * and says why). A page's fields are checked value by value; the document's merged fields against the whole
 * schema, {@code required} included.
 */
@ApplicationScoped
public class Extractions {

    /** A page's or document's extraction JSON and its validation. */
    public record Result(JsonObject json, Validation validation) {
    }

    @Inject
    SchemaValidation schemas;

    public Result page(TypeDefinition type, double confidence, Map<String, FieldValue> found,
            Map<String, JsonValue> corrections) {
        Map<String, FieldValue> fields = new LinkedHashMap<>();
        found.forEach((name, field) -> {
            if (!FieldValue.HUMAN.equals(field.source())) {
                fields.put(name, field);
            }
        });
        corrections.forEach((name, value) -> {
            if (value == JsonValue.NULL) {
                fields.remove(name);
            } else {
                fields.put(name, new FieldValue(value, 1.0, FieldValue.HUMAN, null));
            }
        });
        // A page may hold only part of its document's fields (totals on page 2): what is required is checked
        // on the document's merged fields, each page's values on their own.
        Validation validation = schemas.validate(type.name() + "@" + type.version() + "/page", withoutRequired(type.schema()),
                ExtractionJson.values(fields));
        return new Result(ExtractionJson.of(type, confidence, fields, validation), validation);
    }

    private static JsonObject withoutRequired(JsonObject schema) {
        return Json.createObjectBuilder(schema).remove("required").build();
    }

    public Result document(TypeDefinition type, Merged merged) {
        Validation validation = validate(type, merged.fields());
        JsonArrayBuilder pages = Json.createArrayBuilder();
        merged.pages().forEach(pages::add);
        JsonObject json = Json.createObjectBuilder(ExtractionJson.of(type, merged.confidence(), merged.fields(), validation))
                .add("pages", pages).build();
        return new Result(json, validation);
    }

    private Validation validate(TypeDefinition type, Map<String, FieldValue> fields) {
        return schemas.validate(type.name() + "@" + type.version(), type.schema(), ExtractionJson.values(fields));
    }
}
