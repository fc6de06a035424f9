package io.pageflow.understanding.llm;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/**
 * Whether an answer has the shape a JSON Schema asks for, by networknt's validator (draft 2020-12 unless the
 * schema names its own {@code $schema}): types, required members, enums, patterns, ranges. Formats are not
 * asserted here: a date that does not exist or a GSTIN whose check character is wrong is a reading to review,
 * which the extract stage's own validation flags, not an answer to throw away. The only class of the engine
 * that knows the library: JSON crosses as text.
 */
final class SchemaCheck {

    private static final int MAX_CACHED = 256;

    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    /** Compiled schemas by their text: a type's schema changes only with a new version. */
    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

    /** What is wrong with {@code instance}, one line per error; empty when it matches. */
    List<String> violations(JsonObject schema, JsonValue instance) {
        List<Error> errors = compile(schema).validate(instance.toString(), InputFormat.JSON);
        return errors.stream().map(SchemaCheck::describe).toList();
    }

    /** "invoiceNumber: integer found, string expected", or the message alone for the whole answer. */
    private static String describe(Error error) {
        String where = error.getInstanceLocation() == null ? "" : error.getInstanceLocation().toString();
        where = where.replaceFirst("^\\$\\.?", "");
        return where.isEmpty() ? error.getMessage() : where + ": " + error.getMessage();
    }

    private Schema compile(JsonObject schema) {
        String text = schema.toString();
        Schema known = compiled.get(text);
        if (known != null) {
            return known;
        }
        if (compiled.size() >= MAX_CACHED) {
            compiled.clear();
        }
        Schema fresh = registry.getSchema(text, InputFormat.JSON);
        compiled.put(text, fresh);
        return fresh;
    }
}
