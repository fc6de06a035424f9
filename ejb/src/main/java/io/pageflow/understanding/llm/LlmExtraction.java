package io.pageflow.understanding.llm;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import io.pageflow.understanding.FieldValue;
import io.pageflow.understanding.TokenUsage;

/**
 * A page's fields as the LLM read them, and the tokens it took: {@link io.pageflow.understanding.ExtractionEngine}
 * returns only the fields, so the extract stage asks {@link LlmEngine#extraction} for this instead.
 */
public record LlmExtraction(Map<String, FieldValue> fields, TokenUsage tokens) {

    public LlmExtraction {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields)); // in the model's order
    }
}
