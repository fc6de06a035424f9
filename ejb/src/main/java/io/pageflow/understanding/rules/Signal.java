package io.pageflow.understanding.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * One piece of evidence for or against a type: a phrase or a regular expression with a weight, found
 * anywhere on the page or only as a title line ({@code "heading": true}). Each signal counts once per page,
 * however often it occurs: ten "CGST" rows are no more an invoice than one.
 */
record Signal(String label, Pattern pattern, double weight, boolean heading) {

    boolean foundIn(PageText text) {
        for (String line : text.lines()) {
            if (heading ? Phrases.isHeading(pattern, line) && Bounded.find(pattern, line)
                    : Bounded.find(pattern, line)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The signals of one member of {@code classification}: strings are phrases ({@code regex=false}) or
     * patterns, objects have {@code text} or {@code regex}, {@code weight} and {@code heading}. Entries that
     * cannot be compiled are reported in {@code problems} and left out.
     */
    static List<Signal> read(JsonValue member, boolean regex, double defaultWeight, String where,
            List<String> problems) {
        List<Signal> signals = new ArrayList<>();
        if (!(member instanceof JsonArray array)) {
            if (member != null && member != JsonValue.NULL) {
                problems.add(where + ": not an array");
            }
            return signals;
        }
        for (int i = 0; i < array.size(); i++) {
            JsonValue entry = array.get(i);
            String at = where + "[" + i + "]";
            String text = null;
            boolean isRegex = regex;
            double weight = defaultWeight;
            boolean heading = false;
            if (entry instanceof JsonString s) {
                text = s.getString();
            } else if (entry instanceof JsonObject o) {
                if (o.get("regex") instanceof JsonString r) {
                    text = r.getString();
                    isRegex = true;
                } else if (o.get("text") instanceof JsonString t) {
                    text = t.getString();
                    isRegex = false;
                }
                if (o.get("weight") instanceof JsonNumber n) {
                    weight = n.doubleValue();
                }
                heading = o.getBoolean("heading", false);
            }
            if (text == null || text.isBlank()) {
                problems.add(at + ": needs a text or a regex");
                continue;
            }
            Pattern pattern = compile(text, isRegex, at, problems);
            if (pattern != null) {
                signals.add(new Signal(text, pattern, weight, heading));
            }
        }
        return signals;
    }

    static Pattern compile(String text, boolean regex, String where, List<String> problems) {
        if (!regex) {
            Pattern p = Phrases.compile(text);
            if (p == null) {
                problems.add(where + ": the phrase has no letter or digit");
            }
            return p;
        }
        try {
            return Pattern.compile(text);
        } catch (PatternSyntaxException e) {
            problems.add(where + ": not a regular expression: " + e.getDescription());
            return null;
        }
    }
}
