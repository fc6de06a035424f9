package io.pageflow.understanding.samples;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonValue;

/** The expected fields of a sample, built as JSON values the way the rules should produce them. */
final class Truth {

    private final Map<String, JsonValue> fields = new LinkedHashMap<>();

    Truth put(String name, String value) {
        if (value != null) {
            fields.put(name, Json.createValue(value));
        }
        return this;
    }

    Truth put(String name, BigDecimal value) {
        if (value != null) {
            fields.put(name, Json.createValue(value));
        }
        return this;
    }

    Truth put(String name, JsonValue value) {
        fields.put(name, value);
        return this;
    }

    /** For a layout that does not print the field. */
    Truth remove(String name) {
        fields.remove(name);
        return this;
    }

    Map<String, JsonValue> build() {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
}
