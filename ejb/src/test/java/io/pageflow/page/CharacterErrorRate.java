package io.pageflow.page;

/**
 * The usual OCR accuracy measure, one scorer for the unit tests, the OCR benchmark and the integration tests:
 * edit distance between whitespace-collapsed texts, by the expected text's length.
 */
public final class CharacterErrorRate {

    private CharacterErrorRate() {
    }

    /** Collapses all whitespace runs to one space, so that layout differences are not errors. */
    public static String normalize(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    public static double of(String expected, String actual) {
        String a = normalize(expected);
        String b = normalize(actual);
        return a.isEmpty() ? (b.isEmpty() ? 0 : 1) : (double) editDistance(a, b) / a.length();
    }

    /** Levenshtein distance: the fewest insertions, deletions and substitutions that turn a into b. */
    public static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
