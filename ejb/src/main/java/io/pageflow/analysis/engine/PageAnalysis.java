package io.pageflow.analysis.engine;

import jakarta.json.JsonObject;

import io.pageflow.understanding.TokenUsage;

/** What an engine made of one page: the result (to be checked against the profile's schema) and its cost. */
public record PageAnalysis(JsonObject result, String engine, TokenUsage tokens) {
}
