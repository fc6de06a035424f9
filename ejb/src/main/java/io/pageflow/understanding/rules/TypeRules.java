package io.pageflow.understanding.rules;

import java.util.ArrayList;
import java.util.List;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import io.pageflow.understanding.TypeDefinition;

/**
 * A type's {@code classification} member compiled once per type version: the signals for it ({@code keywords},
 * {@code patterns}), against it ({@code exclude}), the texts its pages should resemble (the description and
 * {@code examples}) and the arithmetic that combines them (docs/understanding-rules.md).
 */
final class TypeRules {

    static final double KEYWORD_WEIGHT = 0.1;
    static final double PATTERN_WEIGHT = 0.2;
    static final double EXCLUDE_WEIGHT = 1.0;

    final String name;
    final int version;
    final List<Signal> keywords;
    final List<Signal> patterns;
    final List<Signal> exclude;
    final List<Signal> require;
    final List<String> references;
    final double saturation;
    final double embeddingWeight;
    final double similarityFloor;
    final double similarityCeiling;
    final List<String> problems;
    /** The embedded references, filled on first use (embedding costs tens of milliseconds per text). */
    volatile List<float[]> vectors;

    TypeRules(TypeDefinition type) {
        JsonObject c = type.classification();
        List<String> found = new ArrayList<>();
        this.name = type.name();
        this.version = type.version();
        this.keywords = Signal.read(c.get("keywords"), false, KEYWORD_WEIGHT, "classification.keywords", found);
        this.patterns = Signal.read(c.get("patterns"), true, PATTERN_WEIGHT, "classification.patterns", found);
        this.exclude = Signal.read(c.get("exclude"), false, EXCLUDE_WEIGHT, "classification.exclude", found);
        this.require = Signal.read(c.get("require"), false, 0, "classification.require", found);
        this.references = references(type, c);
        this.saturation = positive(c, "saturation", 1.0, found);
        this.embeddingWeight = Math.min(1, positive(c, "embeddingWeight", 0.3, found));
        this.similarityFloor = number(c, "similarityFloor") == null ? 0.15 : number(c, "similarityFloor");
        this.similarityCeiling = positive(c, "similarityCeiling", 0.65, found);
        if (similarityCeiling <= similarityFloor) {
            found.add("classification.similarityCeiling must be above similarityFloor");
        }
        this.problems = List.copyOf(found);
    }

    /**
     * The rules' own score: the weights of the signals found, over the saturation, at most 1; 0 when the type
     * {@code require}s one of some signals (a title saying what the page is) and the page has none of them.
     */
    double ruleScore(PageText text) {
        if (!require.isEmpty() && require.stream().noneMatch(s -> s.foundIn(text))) {
            return 0;
        }
        double sum = 0;
        for (Signal s : keywords) {
            sum += s.foundIn(text) ? s.weight() : 0;
        }
        for (Signal s : patterns) {
            sum += s.foundIn(text) ? s.weight() : 0;
        }
        return Math.max(0, Math.min(1, sum / saturation));
    }

    /** The weights of the exclusions found, at most 1: the share of the score they take away. */
    double exclusion(PageText text) {
        double sum = 0;
        for (Signal s : exclude) {
            sum += s.foundIn(text) ? s.weight() : 0;
        }
        return Math.max(0, Math.min(1, sum));
    }

    /** A cosine similarity mapped to 0..1 between the floor (unrelated text) and the ceiling (this type). */
    double semanticScore(double similarity) {
        double s = (similarity - similarityFloor) / (similarityCeiling - similarityFloor);
        return Math.max(0, Math.min(1, s));
    }

    private static List<String> references(TypeDefinition type, JsonObject c) {
        List<String> texts = new ArrayList<>();
        if (!type.description().isBlank()) {
            texts.add(type.description());
        }
        if (c.get("examples") instanceof JsonArray examples) {
            examples.stream().filter(JsonString.class::isInstance).map(v -> ((JsonString) v).getString())
                    .filter(s -> !s.isBlank()).forEach(texts::add);
        }
        return List.copyOf(texts);
    }

    private static Double number(JsonObject c, String key) {
        return c.get(key) instanceof JsonNumber n ? n.doubleValue() : null;
    }

    private static double positive(JsonObject c, String key, double otherwise, List<String> problems) {
        Double number = number(c, key);
        if (number == null) {
            return otherwise;
        }
        double value = number;
        if (value <= 0) {
            problems.add("classification." + key + " must be above 0");
            return otherwise;
        }
        return value;
    }
}
