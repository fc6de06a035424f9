package io.pageflow.understanding.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * A label a field's value follows ("Invoice No.", "GSTIN of Supplier"), optionally only where a section
 * phrase stands on the same line or up to {@code within} lines above ({@code near}): "GSTIN" under
 * "Buyer (Bill to)" is the recipient's. When a section phrase and several labels share lines (two columns
 * merged by the text layer), the label in the section's column is the one taken. Looking up from the label,
 * a {@code notNear} phrase ends the search (another party's section: "Customer" for the supplier), and a
 * section phrase inside one does not count ("Original for Recipient" is a copy mark, not the recipient).
 * {@code gap} and
 * {@code onLine}, when given, override the field's for this label.
 */
record Anchor(String label, Pattern phrase, List<Pattern> near, List<Pattern> notNear, int within, String gap,
        String onLine) {

    static final int DEFAULT_WITHIN = 4;

    /** Where a label was found: the line, and the label's start and end in it. */
    record Hit(int line, int start, int end) {
    }

    /** Every qualifying occurrence of the label in page order, skipping those inside a {@code notAnchors} match. */
    List<Hit> hits(PageText text, List<Pattern> notAnchors) {
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < text.size(); i++) {
            String line = text.line(i);
            List<Hit> onLine = new ArrayList<>();
            Matcher m = phrase.matcher(line);
            while (m.find()) {
                if (!insideExcluded(line, m.start(), m.end(), notAnchors)) {
                    onLine.add(new Hit(i, m.start(), m.end()));
                }
            }
            if (onLine.isEmpty()) {
                continue;
            }
            if (near.isEmpty()) {
                hits.addAll(onLine);
            } else {
                sectionColumn(text, i).ifPresent(column -> hits.add(closest(onLine, line, column)));
            }
        }
        return hits;
    }

    /**
     * The relative column (0..1) of the nearest section phrase at or above the line, if one is within reach and
     * no {@code notNear} phrase (another party's section) comes first.
     */
    private java.util.Optional<Double> sectionColumn(PageText text, int line) {
        for (int j = line; j >= Math.max(0, line - within); j--) {
            String candidate = text.line(j);
            for (Pattern p : near) {
                Matcher m = p.matcher(candidate);
                while (m.find()) {
                    if (!insideExcluded(candidate, m.start(), m.end(), notNear)) {
                        return java.util.Optional.of(m.start() / (double) Math.max(1, candidate.length()));
                    }
                }
            }
            if (notNear.stream().anyMatch(p -> p.matcher(candidate).find())) {
                return java.util.Optional.empty();
            }
        }
        return java.util.Optional.empty();
    }

    private static Hit closest(List<Hit> hits, String line, double column) {
        Hit best = hits.get(0);
        for (Hit h : hits) {
            if (Math.abs(relative(h, line) - column) < Math.abs(relative(best, line) - column)) {
                best = h;
            }
        }
        return best;
    }

    static double relative(Hit hit, String line) {
        return hit.start() / (double) Math.max(1, line.length());
    }

    private static boolean insideExcluded(String line, int start, int end, List<Pattern> notAnchors) {
        for (Pattern p : notAnchors) {
            Matcher m = p.matcher(line);
            while (m.find()) {
                if (m.start() < end && start < m.end()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The anchors of a field: strings, or objects with {@code text}, {@code near} and {@code within}. */
    static List<Anchor> read(JsonValue member, String where, List<String> problems) {
        List<Anchor> anchors = new ArrayList<>();
        if (!(member instanceof JsonArray array)) {
            return anchors;
        }
        for (int i = 0; i < array.size(); i++) {
            JsonValue entry = array.get(i);
            String at = where + ".anchors[" + i + "]";
            String text = entry instanceof JsonString s ? s.getString()
                    : entry instanceof JsonObject o && o.get("text") instanceof JsonString t ? t.getString() : null;
            if (text == null) {
                problems.add(at + ": needs a text");
                continue;
            }
            Pattern phrase = Phrases.compile(text);
            if (phrase == null) {
                problems.add(at + ": the phrase has no letter or digit");
                continue;
            }
            List<Pattern> near = new ArrayList<>();
            List<Pattern> notNear = new ArrayList<>();
            int within = DEFAULT_WITHIN;
            String gap = null;
            String onLine = null;
            if (entry instanceof JsonObject o) {
                near = phrases(o.get("near"), at + ".near", problems);
                notNear = phrases(o.get("notNear"), at + ".notNear", problems);
                within = o.get("within") instanceof JsonNumber n ? Math.max(0, Math.min(20, n.intValue())) : within;
                gap = o.get("gap") instanceof JsonString g ? g.getString() : null;
                onLine = o.get("onLine") instanceof JsonString l ? l.getString() : null;
            }
            anchors.add(new Anchor(text, phrase, List.copyOf(near), List.copyOf(notNear), within, gap, onLine));
        }
        return anchors;
    }

    static List<Pattern> phrases(JsonValue member, String where, List<String> problems) {
        List<Pattern> patterns = new ArrayList<>();
        if (member instanceof JsonArray array) {
            for (JsonValue v : array) {
                Pattern p = v instanceof JsonString s ? Phrases.compile(s.getString()) : null;
                if (p == null) {
                    problems.add(where + ": " + v + " is not a phrase");
                } else {
                    patterns.add(p);
                }
            }
        }
        return patterns;
    }
}
