package io.pageflow.index;

import java.util.Locale;

/**
 * Which rankings a search uses. Hybrid fuses the full-text ranking (exact words: names, commands, references)
 * with the embedding ranking (meaning, other wording); the other two use one alone.
 */
public enum SearchMode {
    HYBRID, VECTOR, TEXT;

    /** As the API spells it: {@code hybrid}, {@code vector}, {@code text}. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException for another word */
    public static SearchMode of(String value) {
        return valueOf(value.strip().toUpperCase(Locale.ROOT));
    }

    boolean usesText() {
        return this != VECTOR;
    }

    boolean usesVectors() {
        return this != TEXT;
    }
}
