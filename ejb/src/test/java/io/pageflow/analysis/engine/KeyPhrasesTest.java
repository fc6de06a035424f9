package io.pageflow.analysis.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.pageflow.understanding.TextEmbedder;

class KeyPhrasesTest {

    /** A stand-in for the model: a vector of word counts over a small vocabulary (cosine = shared words). */
    static final List<String> VOCABULARY = List.of("fractions", "adding", "like", "denominators", "weather", "rain");
    static final TextEmbedder BAG_OF_WORDS = texts -> texts.stream().map(text -> {
        float[] v = new float[VOCABULARY.size()];
        for (String word : text.toLowerCase().split("\\W+")) {
            int i = VOCABULARY.indexOf(word);
            if (i >= 0) {
                v[i]++;
            }
        }
        return v;
    }).toList();

    @Test
    void candidatesNeitherStartNorEndWithAStopWordNorCrossPunctuation() {
        List<String> phrases = new KeyPhrases(BAG_OF_WORDS).candidates(
                "Adding like fractions. The denominators of like fractions stay the same.").phrases().stream()
                .map(KeyPhrases.Phrase::text).toList();
        assertTrue(phrases.contains("adding like fractions"), phrases.toString());
        assertTrue(phrases.contains("like fractions"), phrases.toString());
        assertFalse(phrases.stream().anyMatch(p -> p.startsWith("the ") || p.endsWith(" the")), phrases.toString());
        assertFalse(phrases.contains("fractions the"), phrases.toString());
        assertFalse(phrases.contains("fractions denominators"), "no phrase across a full stop: " + phrases);
    }

    @Test
    void maximalMarginalRelevancePrefersADifferentPhraseOverANearCopy() {
        KeyPhrases.Phrase fractions = phrase("adding fractions", 0.9, 1, 1, 0);
        KeyPhrases.Phrase copy = phrase("adding like fractions", 0.88, 1, 1, 0.1f);
        KeyPhrases.Phrase other = phrase("denominators", 0.5, 0, 0, 1);
        assertEquals(List.of(fractions, copy), KeyPhrases.mmr(List.of(fractions, copy, other), 2, 0));
        assertEquals(List.of(fractions, other), KeyPhrases.mmr(List.of(fractions, copy, other), 2, 0.5));
    }

    private static KeyPhrases.Phrase phrase(String text, double relevance, float... vector) {
        return new KeyPhrases.Phrase(text, text.split(" ").length, vector, relevance);
    }
}
