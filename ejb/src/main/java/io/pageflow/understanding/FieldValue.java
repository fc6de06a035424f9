package io.pageflow.understanding;

import jakarta.json.JsonValue;

/**
 * One extracted field: its normalised value (a JSON string, number, array…), how sure the engine is,
 * who produced it ({@code rules}, {@code llm} or {@code human}) and the text it came from.
 */
public record FieldValue(JsonValue value, double confidence, String source, String evidence) {

    public static final String RULES = "rules";
    public static final String LLM = "llm";
    public static final String HUMAN = "human";
}
