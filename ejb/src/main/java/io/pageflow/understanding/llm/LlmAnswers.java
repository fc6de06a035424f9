package io.pageflow.understanding.llm;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import io.pageflow.error.ErrorCode;
import io.pageflow.understanding.Classification;
import io.pageflow.understanding.FieldValue;
import io.pageflow.understanding.PageInput;
import io.pageflow.understanding.TypeDefinition;
import io.pageflow.understanding.TypeScore;

/**
 * Turns what the model wrote into the engine's results, or into {@code LLM_INVALID_OUTPUT}: the content must be
 * one JSON object (a Markdown code fence around it is forgiven), and match the schema it was asked for.
 */
final class LlmAnswers {

    /** The confidence of a field whose answer did not say how sure the model is. */
    static final double DEFAULT_FIELD_CONFIDENCE = 0.7;

    private final SchemaCheck schemas;

    LlmAnswers(SchemaCheck schemas) {
        this.schemas = schemas;
    }

    /** The content as a JSON object, or why it is not one. */
    JsonObject json(LlmReply reply) {
        if (reply.refusal() != null && !reply.refusal().isBlank()) {
            throw invalid(reply, "the model refused to answer: " + LlmClient.shorten(reply.refusal()));
        }
        if (reply.wasCutOff()) {
            throw invalid(reply, "the answer was cut off at the model's length limit");
        }
        String content = reply.content() == null ? "" : withoutCodeFence(reply.content().strip());
        try (JsonReader reader = Json.createReader(new StringReader(content))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw invalid(reply, "the answer is not a JSON object: " + LlmClient.shorten(content));
        }
    }

    Classification classification(LlmReply reply, List<TypeDefinition> types, double threshold) {
        JsonObject answer = json(reply);
        requireValid(reply, LlmPrompts.classificationSchema(types), answer);
        String docType = answer.getString("docType");
        double confidence = answer.getJsonNumber("confidence").doubleValue();
        List<TypeScore> top = List.of(new TypeScore(docType, confidence));
        String judged = confidence < threshold ? TypeDefinition.UNKNOWN : docType;
        return new Classification(judged, versionOf(judged, types), confidence, top, FieldValue.LLM, reply.tokens());
    }

    /**
     * The fields the model found. A field it gave as {@code null} or {@code ""} counts as not found and is left
     * out before the check against the type's schema; evidence is kept only if the page really contains it.
     */
    Map<String, FieldValue> fields(LlmReply reply, TypeDefinition type, PageInput page) {
        JsonObject answer = json(reply);
        JsonValue given = answer.get("fields");
        if (given == null || given.getValueType() != JsonValue.ValueType.OBJECT) {
            throw invalid(reply, "the answer has no \"fields\" object");
        }
        JsonObject found = withoutEmptyValues(given.asJsonObject());
        requireValid(reply, type.schema(), found);
        JsonObject evidence = objectOrEmpty(answer, "evidence");
        JsonObject confidence = objectOrEmpty(answer, "confidence");
        Map<String, FieldValue> fields = new LinkedHashMap<>();
        found.forEach((name, value) -> fields.put(name, new FieldValue(value, confidenceOf(confidence.get(name)),
                FieldValue.LLM, evidenceOf(evidence.get(name), page.text()))));
        return fields;
    }

    void requireValid(LlmReply reply, JsonObject schema, JsonValue answer) {
        List<String> violations = schemas.violations(schema, answer);
        if (!violations.isEmpty()) {
            throw invalid(reply, "the answer does not match the schema: " + String.join("; ", violations));
        }
    }

    private static LlmException invalid(LlmReply reply, String why) {
        return new LlmException(ErrorCode.LLM_INVALID_OUTPUT, "The LLM's answer is unusable: " + why,
                reply.tokens(), null);
    }

    private static JsonObject withoutEmptyValues(JsonObject fields) {
        JsonObjectBuilder kept = Json.createObjectBuilder();
        fields.forEach((name, value) -> {
            boolean empty = value.getValueType() == JsonValue.ValueType.NULL
                    || value instanceof JsonString text && text.getString().isBlank();
            if (!empty) {
                kept.add(name, value);
            }
        });
        return kept.build();
    }

    private static double confidenceOf(JsonValue value) {
        if (value instanceof JsonNumber number) {
            return Math.max(0, Math.min(1, number.doubleValue()));
        }
        return DEFAULT_FIELD_CONFIDENCE;
    }

    private static String evidenceOf(JsonValue value, String pageText) {
        if (!(value instanceof JsonString quoted) || quoted.getString().isBlank() || pageText == null) {
            return null;
        }
        String evidence = quoted.getString().strip();
        return normalised(pageText).contains(normalised(evidence)) ? evidence : null;
    }

    private static String normalised(String text) {
        return text.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static int versionOf(String docType, List<TypeDefinition> types) {
        return types.stream().filter(type -> type.name().equals(docType)).mapToInt(TypeDefinition::version)
                .findFirst().orElse(0);
    }

    private static JsonObject objectOrEmpty(JsonObject answer, String name) {
        JsonValue value = answer.get(name);
        return value != null && value.getValueType() == JsonValue.ValueType.OBJECT
                ? value.asJsonObject()
                : JsonValue.EMPTY_JSON_OBJECT;
    }

    private static String withoutCodeFence(String content) {
        if (content.startsWith("```") && content.endsWith("```") && content.length() >= 6) {
            String inner = content.substring(3, content.length() - 3);
            int newline = inner.indexOf('\n');
            return newline >= 0 && inner.substring(0, newline).strip().matches("[A-Za-z]*")
                    ? inner.substring(newline + 1).strip()
                    : inner.strip();
        }
        return content;
    }
}
