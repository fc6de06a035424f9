package io.pageflow.analysis.engine;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Names of topics and subtopics as shown ({@code adding-like-fractions}) and as compared: lower case, accents
 * and punctuation gone, words joined by hyphens, a plain English plural made singular, so that
 * "Adding like fractions", "adding_like_fraction" and "Adding-Like-Fractions." are one item.
 */
public final class ItemName {

    private ItemName() {
    }

    /** The name as shown: lower case, words joined by hyphens. */
    public static String display(String name) {
        String plain = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return String.join("-", plain.replaceAll("[^\\p{L}\\p{N}]+", " ").strip().split("\\s+"));
    }

    /** The key names are compared by: the shown name with each word's plain plural made singular. */
    public static String key(String name) {
        String shown = display(name);
        if (shown.isEmpty()) {
            return shown;
        }
        StringBuilder key = new StringBuilder();
        for (String word : shown.split("-")) {
            if (key.length() > 0) {
                key.append('-');
            }
            key.append(singular(word));
        }
        return key.toString();
    }

    private static String singular(String word) {
        if (word.length() > 4 && word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")
                && !word.endsWith("is")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
