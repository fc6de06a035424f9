package io.pageflow.understanding.type;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import io.pageflow.error.InvalidRequestException;
import io.pageflow.understanding.TypeDefinition;
import io.pageflow.understanding.rules.RuleClassifier;
import io.pageflow.understanding.rules.RuleExtractor;
import io.pageflow.understanding.validation.SchemaValidation;

/**
 * What a type definition must be before it is stored (400 otherwise): a name of lower-case letters, digits
 * and underscores; a description; a {@code schema} that compiles; every regular expression in its rules
 * compiling; an engine Pageflow has; a {@code summaryAmount} that is a number field of the schema.
 */
@ApplicationScoped
public class DefinitionCheck {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");
    private static final int MAX_CHARS = 256 * 1024;

    @Inject
    SchemaValidation validation;

    public void require(String name, JsonObject definition) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new InvalidRequestException("INVALID_TYPE_NAME",
                    "A type name is 1 to 63 lower-case letters, digits or underscores, starting with a letter");
        }
        if (definition.toString().length() > MAX_CHARS) {
            throw new InvalidRequestException("INVALID_DEFINITION", "A type definition is at most " + MAX_CHARS + " characters");
        }
        if (!(definition.get("description") instanceof JsonString)) {
            throw new InvalidRequestException("INVALID_DEFINITION", "A type needs a description (a string)");
        }
        if (!(definition.get("schema") instanceof JsonObject schema)) {
            throw new InvalidRequestException("INVALID_DEFINITION", "A type needs a schema (a JSON Schema object)");
        }
        validation.compile(schema);
        String engine = definition.getString("engine", "rules");
        if (!engine.equals("rules") && !engine.equals("llm")) {
            throw new InvalidRequestException("INVALID_DEFINITION", "engine is rules or llm, not " + engine);
        }
        checkSummaryAmount(definition, schema);
        checkPatterns("classification", definition.get("classification"));
        checkPatterns("fields", definition.get("fields"));
        TypeDefinition type = new TypeDefinition(name, 1, definition);
        List<String> problems = new ArrayList<>(RuleClassifier.problems(type));
        problems.addAll(RuleExtractor.problems(type));
        if (!problems.isEmpty()) {
            throw new InvalidRequestException("INVALID_DEFINITION", String.join("; ", problems));
        }
    }

    /** {@code summaryAmount}, when given, is null or names a number field of the schema. */
    private static void checkSummaryAmount(JsonObject definition, JsonObject schema) {
        JsonValue field = definition.get("summaryAmount");
        if (field == null || field == JsonValue.NULL) {
            return;
        }
        JsonObject properties = schema.getJsonObject("properties");
        JsonValue property = !(field instanceof JsonString name) || properties == null ? null : properties.get(name.getString());
        JsonValue type = property instanceof JsonObject p ? p.get("type") : null;
        if (!(type instanceof JsonString t) || !(t.getString().equals("number") || t.getString().equals("integer"))) {
            throw new InvalidRequestException("INVALID_DEFINITION",
                    "summaryAmount names the field that batch summaries total: a property of the schema of type number");
        }
    }

    /** Every string under a key named {@code pattern}, {@code patterns} or {@code regex} must compile. */
    private static void checkPatterns(String path, JsonValue value) {
        if (value == null) {
            return;
        }
        switch (value.getValueType()) {
            case OBJECT -> value.asJsonObject().forEach((key, member) -> {
                if (isPatternKey(key)) {
                    compileAll(path + "." + key, member);
                }
                checkPatterns(path + "." + key, member);
            });
            case ARRAY -> value.asJsonArray().forEach(member -> checkPatterns(path, member));
            default -> {
            }
        }
    }

    private static boolean isPatternKey(String key) {
        return key.equals("pattern") || key.equals("patterns") || key.equals("regex");
    }

    private static void compileAll(String path, JsonValue value) {
        if (value instanceof JsonString text) {
            try {
                Pattern.compile(text.getString());
            } catch (PatternSyntaxException e) {
                throw new InvalidRequestException("INVALID_DEFINITION", path + " is not a regular expression: " + e.getDescription());
            }
        } else if (value.getValueType() == JsonValue.ValueType.ARRAY) {
            value.asJsonArray().forEach(member -> compileAll(path, member));
        }
    }
}
