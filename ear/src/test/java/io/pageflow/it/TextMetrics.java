package io.pageflow.it;

import io.pageflow.page.CharacterErrorRate;

/** Character error rate, the usual OCR accuracy measure (the EJB module's tests score with the same code). */
final class TextMetrics {

    private TextMetrics() {
    }

    /** Collapses all whitespace runs to one space, so that layout differences are not errors. */
    static String normalize(String text) {
        return CharacterErrorRate.normalize(text);
    }

    /** Edit distance between the two normalised texts divided by the expected length. */
    static double characterErrorRate(String expected, String actual) {
        return CharacterErrorRate.of(expected, actual);
    }

    /** Levenshtein distance: the fewest insertions, deletions and substitutions that turn a into b. */
    static int editDistance(String a, String b) {
        return CharacterErrorRate.editDistance(a, b);
    }
}
