package io.pageflow.understanding.rules;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Labels and keywords written as plain phrases ("invoice no", "e-way bill") compiled to patterns that
 * forgive what printing and OCR do to them: any case, and up to three spaces or punctuation marks between
 * words ("Invoice No.", "INVOICE  NO:", "Inv.No", "E-Way Bill", "e Way Bill"), whole words only.
 */
final class Phrases {

    private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final String BETWEEN = "[^\\p{L}\\p{N}\\n]{0,3}";
    /** Words that make a phrase a label ("Invoice No", "Invoice Date"), not a title. */
    private static final Pattern LABEL_WORD = Pattern.compile(
            "^[^\\p{L}\\p{N}]{0,3}(?:no|number|num|date|dt|value|amount|amt|details|type|code|id)(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE);

    private Phrases() {
    }

    /** The pattern for a phrase; {@code null} when the phrase has no letter or digit. */
    static Pattern compile(String phrase) {
        String[] words = Arrays.stream(WORD_BREAK.split(phrase.strip())).filter(w -> !w.isEmpty())
                .toArray(String[]::new);
        if (words.length == 0) {
            return null;
        }
        String body = Arrays.stream(words).map(Pattern::quote).collect(Collectors.joining(BETWEEN));
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + body + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * Phrases matched anywhere, even inside a word: a table header OCR ran together ("HSN/SACQuantity") still
     * names its columns.
     */
    static java.util.List<Pattern> loose(jakarta.json.JsonValue member, String where, java.util.List<String> problems) {
        java.util.List<Pattern> patterns = new java.util.ArrayList<>();
        if (member instanceof jakarta.json.JsonArray array) {
            for (jakarta.json.JsonValue v : array) {
                if (v instanceof jakarta.json.JsonString s && !s.getString().isBlank()) {
                    patterns.add(Pattern.compile(Pattern.quote(s.getString().strip()),
                            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
                } else {
                    problems.add(where + ": " + v + " is not a phrase");
                }
            }
        }
        return patterns;
    }

    /**
     * True when the line is a title made of the match: a short line without a colon or a digit (a label with
     * a value has one or the other) that begins or ends with it, e.g. "TAX INVOICE (Original for Recipient)"
     * or "Sharma Traders TAX INVOICE", but not "E-Way Bill No: 1812 3456 7890" nor a label waiting for its
     * value on the next line ("Invoice No / Date").
     */
    static boolean isHeading(Pattern phrase, String line) {
        if (line.length() > 80 || line.indexOf(':') >= 0 || line.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        var m = phrase.matcher(line);
        while (m.find()) {
            boolean atStart = line.substring(0, m.start()).chars().noneMatch(Character::isLetterOrDigit);
            boolean atEnd = line.substring(m.end()).chars().noneMatch(Character::isLetterOrDigit);
            boolean label = LABEL_WORD.matcher(line.substring(m.end())).find();
            if ((atStart || atEnd) && !label) {
                return true;
            }
        }
        return false;
    }
}
