package io.pageflow.understanding;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import io.pageflow.understanding.validation.Validation;

/**
 * The stored and served shape of an extraction, version {@link #SCHEMA_VERSION}:
 * {@code {schemaVersion, docType, typeVersion, confidence, fields: {name: {value, confidence, source, evidence}},
 * validation: {valid, errors}}}; documents add {@code pages}.
 */
public final class ExtractionJson {

    /** Bumped when the shape above changes, so that readers of stored results can tell. */
    public static final int SCHEMA_VERSION = 1;

    private ExtractionJson() {
    }

    public static JsonObject of(TypeDefinition type, double confidence, Map<String, FieldValue> fields, Validation validation) {
        return Json.createObjectBuilder()
                .add("schemaVersion", SCHEMA_VERSION)
                .add("docType", type.name())
                .add("typeVersion", type.version())
                .add("confidence", round(confidence))
                .add("fields", fieldsJson(fields))
                .add("validation", validationJson(validation))
                .build();
    }

    public static JsonObject fieldsJson(Map<String, FieldValue> fields) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        fields.forEach((name, field) -> {
            JsonObjectBuilder one = Json.createObjectBuilder()
                    .add("value", field.value())
                    .add("confidence", round(field.confidence()))
                    .add("source", field.source());
            if (field.evidence() != null) {
                one.add("evidence", field.evidence());
            } else {
                one.addNull("evidence");
            }
            json.add(name, one);
        });
        return json.build();
    }

    public static JsonObject validationJson(Validation validation) {
        JsonArrayBuilder errors = Json.createArrayBuilder();
        validation.errors().forEach(errors::add);
        return Json.createObjectBuilder().add("valid", validation.valid()).add("errors", errors).build();
    }

    /** The field values alone, {@code {name: value}}: what the type's schema describes. */
    public static JsonObject values(Map<String, FieldValue> fields) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        fields.forEach((name, field) -> json.add(name, field.value()));
        return json.build();
    }

    /** The fields of a stored extraction, in their order. */
    public static Map<String, FieldValue> fields(JsonObject extraction) {
        Map<String, FieldValue> fields = new LinkedHashMap<>();
        JsonObject stored = extraction.getJsonObject("fields");
        if (stored == null) {
            return fields;
        }
        stored.forEach((name, value) -> {
            JsonObject one = value.asJsonObject();
            JsonValue evidence = one.get("evidence");
            fields.put(name, new FieldValue(one.get("value"),
                    one.containsKey("confidence") ? ((JsonNumber) one.get("confidence")).doubleValue() : 0,
                    one.getString("source", FieldValue.RULES),
                    evidence instanceof jakarta.json.JsonString s ? s.getString() : null));
        });
        return fields;
    }

    public static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    public static JsonValue parseValue(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }

    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
