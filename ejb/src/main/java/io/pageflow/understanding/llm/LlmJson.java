package io.pageflow.understanding.llm;

import jakarta.json.JsonObject;

import io.pageflow.understanding.TokenUsage;

/** A model's answer as a JSON object already checked against the schema asked for, and what it cost. */
public record LlmJson(JsonObject answer, TokenUsage tokens) {
}
