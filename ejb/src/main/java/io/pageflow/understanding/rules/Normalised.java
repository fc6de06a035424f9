package io.pageflow.understanding.rules;

import jakarta.json.JsonValue;

/**
 * A value a normaliser made of raw text, and how far it trusts it (1 when the text was unambiguous, lower
 * when it had to guess, e.g. 0.3 for a GSTIN whose check digit fails).
 */
public record Normalised(JsonValue value, double confidence) {
}
