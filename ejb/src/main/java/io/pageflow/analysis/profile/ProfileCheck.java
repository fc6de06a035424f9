package io.pageflow.analysis.profile;

import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import io.pageflow.error.InvalidRequestException;
import io.pageflow.understanding.validation.SchemaValidation;

/**
 * What an analysis profile must be before it is stored (400 otherwise): a name like a type's, a description, a
 * prompt template, an output {@code schema} that compiles and describes an object, an engine Pageflow has.
 */
@ApplicationScoped
public class ProfileCheck {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");
    private static final int MAX_CHARS = 64 * 1024;

    @Inject
    SchemaValidation validation;

    public void require(String name, JsonObject definition) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new InvalidRequestException("INVALID_PROFILE_NAME",
                    "A profile name is 1 to 63 lower-case letters, digits or underscores, starting with a letter");
        }
        if (definition.toString().length() > MAX_CHARS) {
            throw invalid("A profile definition is at most " + MAX_CHARS + " characters");
        }
        if (!(definition.get("description") instanceof JsonString)) {
            throw invalid("A profile needs a description (a string)");
        }
        if (!(definition.get("prompt") instanceof JsonString prompt) || prompt.getString().isBlank()) {
            throw invalid("A profile needs a prompt template (a string; {{page}} and {{text}} are filled in)");
        }
        if (!(definition.get("schema") instanceof JsonObject schema)) {
            throw invalid("A profile needs a schema (the JSON Schema of a page's result)");
        }
        if (!"object".equals(schema.getString("type", ""))) {
            throw invalid("A profile's schema describes an object: \"type\": \"object\"");
        }
        validation.compile(schema);
        String engine = definition.getString("engine", ProfileDefinition.LOCAL);
        if (!engine.equals(ProfileDefinition.LOCAL) && !engine.equals(ProfileDefinition.LLM)) {
            throw invalid("engine is local or llm, not " + engine);
        }
        if (definition.get("local") instanceof JsonObject local) {
            local.forEach((knob, value) -> {
                if (!(value instanceof JsonNumber number) || number.doubleValue() < 0 || number.doubleValue() > 20) {
                    throw invalid("local." + knob + " is a number from 0 to 20");
                }
            });
        }
    }

    private static InvalidRequestException invalid(String message) {
        return new InvalidRequestException("INVALID_DEFINITION", message);
    }
}
