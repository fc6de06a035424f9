package io.pageflow.understanding.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import io.pageflow.understanding.FieldValue;

/**
 * How one field is found: after one of its labels ({@code anchors}, in the order given) on the same line or on
 * the next, as the first text matching its value {@code pattern} that its {@code normaliser} accepts; failing
 * that, when the page has none of its labels, as the n-th distinct value of the pattern anywhere on the page
 * ({@code fallback}). Confidence says which way it was found: 0.95 same line, 0.85 next line, the fallback's
 * own (0.6 by default), never above what the normaliser trusts.
 */
final class FieldRule {

    static final double SAME_LINE = 0.95;
    static final double NEXT_LINE = 0.85;
    static final double FALLBACK = 0.6;
    static final String DEFAULT_GAP = "[^\\p{L}\\p{N}]{0,12}?";
    static final int MAX_EVIDENCE = 300;

    final String name;
    final List<String> problems = new ArrayList<>();
    private final List<Labelled> anchors = new ArrayList<>();
    private final List<Pattern> notAnchors;
    private final List<Pattern> until;
    private final Pattern value;
    private final boolean sameLine;
    private final boolean nextLine;
    private final boolean last;
    private final int occurrence;
    private final double fallbackConfidence;
    private final String normaliser;

    FieldRule(String name, JsonObject rule) {
        this.name = name;
        String at = "fields." + name;
        List<Anchor> labels = Anchor.read(rule.get("anchors"), at, problems);
        notAnchors = Anchor.phrases(rule.get("notAnchors"), at + ".notAnchors", problems);
        until = Anchor.phrases(rule.get("until"), at + ".until", problems);
        String pattern = rule.get("pattern") instanceof JsonString s ? s.getString() : null;
        if (pattern == null) {
            problems.add(at + ".pattern: missing");
        }
        value = pattern == null ? null : Signal.compile(pattern, true, at + ".pattern", problems);
        String gap = rule.get("gap") instanceof JsonString s ? s.getString() : DEFAULT_GAP;
        String onLine = rule.getString("onLine", "next");
        for (Anchor a : labels) {
            String g = a.gap() == null ? gap : a.gap();
            Pattern afterLabel = value == null ? null
                    : Signal.compile("(?:" + g + ")(" + pattern + ")", true, at + ".gap", problems);
            String o = a.onLine() == null ? onLine : a.onLine();
            if (!o.equals("next") && !o.equals("last")) {
                problems.add(at + ".onLine: next or last");
            }
            if (afterLabel != null) {
                anchors.add(new Labelled(a, afterLabel, o.equals("last")));
            }
        }
        String where = rule.getString("where", "either");
        sameLine = !where.equals("nextLine");
        nextLine = !where.equals("sameLine");
        if (!Set.of("either", "sameLine", "nextLine").contains(where)) {
            problems.add(at + ".where: one of either, sameLine, nextLine");
        }
        last = rule.getString("pick", "first").equals("last");
        JsonObject fallback = rule.get("fallback") instanceof JsonObject o ? o : null;
        occurrence = fallback != null && fallback.get("occurrence") instanceof JsonNumber n ? n.intValue() : 0;
        fallbackConfidence = fallback != null && fallback.get("confidence") instanceof JsonNumber n
                ? n.doubleValue() : FALLBACK;
        normaliser = rule.getString("normaliser", "text");
        if (!Normalisers.NAMES.contains(normaliser)) {
            problems.add(at + ".normaliser: unknown " + normaliser + ", one of " + Normalisers.NAMES);
        }
        if (labels.isEmpty() && occurrence <= 0) {
            problems.add(at + ": needs anchors or a fallback occurrence");
        }
    }

    /** A label with its compiled "label, gap, value" pattern, and whether the last value on the line counts. */
    private record Labelled(Anchor anchor, Pattern afterLabel, boolean lastOnLine) {
    }

    Optional<FieldValue> find(PageText text) {
        if (value == null) {
            return Optional.empty();
        }
        boolean labelled = false;
        for (Labelled label : anchors) {
            List<Anchor.Hit> hits = label.anchor().hits(text, notAnchors);
            labelled |= !hits.isEmpty();
            for (int k = 0; k < hits.size(); k++) {
                Anchor.Hit hit = hits.get(last ? hits.size() - 1 - k : k);
                Optional<FieldValue> found = atHit(text, hit, label);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        // the fallback is for pages that do not label the field; a labelled value that cannot be read is absent,
        // rather than some other party's value guessed by position
        return occurrence > 0 && !labelled ? fallback(text) : Optional.empty();
    }

    private Optional<FieldValue> atHit(PageText text, Anchor.Hit hit, Labelled label) {
        String line = text.line(hit.line());
        if (sameLine) {
            String rest = line.substring(hit.end());
            Optional<Normalised> n = label.lastOnLine() ? lastIn(rest)
                    : lookingAt(Bounded.matcher(label.afterLabel(), rest)).flatMap(this::normalise);
            if (n.isPresent()) {
                return Optional.of(field(n.get(), SAME_LINE, line));
            }
        }
        if (nextLine && hit.line() + 1 < text.size()) {
            String next = text.line(hit.line() + 1);
            double column = Anchor.relative(hit, line);
            List<Found> candidates = all(next);
            candidates.sort(java.util.Comparator.comparingDouble(
                    c -> Math.abs(c.start() / (double) Math.max(1, next.length()) - column)));
            for (Found c : candidates) {
                Optional<Normalised> n = normalise(c.text());
                if (n.isPresent()) {
                    return Optional.of(field(n.get(), NEXT_LINE, line + "\n" + next));
                }
            }
        }
        return Optional.empty();
    }

    /** The last value in the text that normalises (a total row: "Total 10 Nos 1,18,000.00"). */
    private Optional<Normalised> lastIn(String rest) {
        List<Found> found = all(rest);
        for (int i = found.size() - 1; i >= 0; i--) {
            Optional<Normalised> n = normalise(found.get(i).text());
            if (n.isPresent()) {
                return n;
            }
        }
        return Optional.empty();
    }

    /** The n-th distinct normalised value of the pattern on the page, in reading order. */
    private Optional<FieldValue> fallback(PageText text) {
        Set<Object> seen = new LinkedHashSet<>();
        for (String line : text.lines()) {
            for (Found m : all(line)) {
                Optional<Normalised> n = normalise(m.text());
                if (n.isPresent() && seen.add(n.get().value()) && seen.size() == occurrence) {
                    return Optional.of(field(n.get(), fallbackConfidence, line));
                }
            }
        }
        return Optional.empty();
    }

    /** A value pattern's match in a line: where it starts and what it says. */
    private record Found(int start, String text) {
    }

    private List<Found> all(String line) {
        List<Found> found = new ArrayList<>();
        try {
            Matcher m = Bounded.matcher(value, line);
            while (m.find() && found.size() < 20) {
                found.add(new Found(m.start(), m.group()));
            }
        } catch (Bounded.Exhausted e) {
            // a pattern that runs out of budget keeps what it found before
        }
        return found;
    }

    private static Optional<String> lookingAt(Matcher m) {
        try {
            return m.lookingAt() ? Optional.of(m.group(1)) : Optional.empty();
        } catch (Bounded.Exhausted e) {
            return Optional.empty();
        }
    }

    private Optional<Normalised> normalise(String raw) {
        String cut = raw;
        for (Pattern p : until) {
            Matcher m = p.matcher(cut);
            if (m.find()) {
                cut = cut.substring(0, m.start());
            }
        }
        return Normalisers.normalise(normaliser, cut);
    }

    private static FieldValue field(Normalised n, double howFound, String evidence) {
        String e = evidence.length() > MAX_EVIDENCE ? evidence.substring(0, MAX_EVIDENCE) : evidence;
        return new FieldValue(n.value(), Math.min(howFound, n.confidence()), FieldValue.RULES, e);
    }
}
