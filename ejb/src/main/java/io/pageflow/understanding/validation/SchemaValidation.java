package io.pageflow.understanding.validation;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaException;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.format.Format;

import io.pageflow.error.InvalidRequestException;
import io.pageflow.understanding.rules.Gstin;

/**
 * Validates extracted fields against their type's JSON Schema (draft 2020-12) with networknt's validator,
 * formats asserted ({@code date} must be a real date) and one format of our own, {@code gstin}, whose check
 * character is verified. Compiled schemas are kept per type version: versions never change.
 */
@ApplicationScoped
public class SchemaValidation {

    private static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

    private final SchemaRegistry registry;
    private final Schema metaSchema;
    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

    public SchemaValidation() {
        Dialect dialect = Dialect.builder(Dialects.getDraft202012()).format(new GstinFormat()).build();
        registry = SchemaRegistry.withDialect(dialect, builder -> builder.schemaRegistryConfig(
                SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        metaSchema = registry.getSchema(SchemaLocation.of(DIALECT));
    }

    /** Checks {@code fields} against the schema of type version {@code key} (e.g. {@code bill@2}). */
    public Validation validate(String key, JsonObject schema, JsonObject fields) {
        List<Error> errors = compiled.computeIfAbsent(key, k -> compile(schema))
                .validate(fields.toString(), InputFormat.JSON);
        if (errors.isEmpty()) {
            return Validation.ok();
        }
        return new Validation(false, errors.stream().map(SchemaValidation::describe).toList());
    }

    /** Compiles a schema, or says in a 400 why it is not one (checked against the 2020-12 meta-schema first). */
    public Schema compile(JsonObject schema) {
        List<Error> errors = metaSchema.validate(schema.toString(), InputFormat.JSON);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("INVALID_SCHEMA", "Not a JSON Schema: "
                    + String.join("; ", errors.stream().map(SchemaValidation::describe).toList()));
        }
        try {
            Schema result = registry.getSchema(schema.toString(), InputFormat.JSON);
            result.initializeValidators();
            return result;
        } catch (SchemaException | IllegalArgumentException e) {
            throw new InvalidRequestException("INVALID_SCHEMA", "Not a usable JSON Schema: " + e.getMessage());
        }
    }

    /** "supplierGstin: does not match the gstin pattern", or the message alone for the whole object. */
    private static String describe(Error error) {
        String where = error.getInstanceLocation() == null ? "" : error.getInstanceLocation().toString();
        where = where.replaceFirst("^\\$\\.?", "");
        return where.isEmpty() ? error.getMessage() : where + ": " + error.getMessage();
    }

    /** {@code "format": "gstin"}: the shape and the check character of a GSTIN. */
    static final class GstinFormat implements Format {
        @Override
        public String getName() {
            return "gstin";
        }

        @Override
        public boolean matches(com.networknt.schema.ExecutionContext context, String value) {
            return Gstin.isValid(value);
        }
    }
}
