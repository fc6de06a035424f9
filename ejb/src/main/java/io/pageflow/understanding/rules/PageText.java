package io.pageflow.understanding.rules;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A page's text made safe and uniform for the rules: at most {@value #MAX_CHARS} characters and
 * {@value #MAX_LINES} lines of at most {@value #MAX_LINE} characters, control characters dropped,
 * compatibility forms folded (NFKC: ligatures, full-width digits), dashes and spaces made plain, empty
 * lines removed. Whatever the input (empty, huge, binary), the rules then see bounded, printable lines.
 */
final class PageText {

    static final int MAX_CHARS = 40_000;
    static final int MAX_LINES = 600;
    static final int MAX_LINE = 300;

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}&&[^\\n\\t]]");
    private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212]");
    private static final Pattern BLANKS = Pattern.compile("[\\t\\p{Zs}]+");

    private final List<String> lines;

    private PageText(List<String> lines) {
        this.lines = lines;
    }

    static PageText of(String raw) {
        if (raw == null || raw.isEmpty()) {
            return new PageText(List.of());
        }
        String text = raw.length() > MAX_CHARS ? raw.substring(0, MAX_CHARS) : raw;
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        text = CONTROL.matcher(text).replaceAll("");
        text = Normalizer.normalize(text, Normalizer.Form.NFKC);
        text = DASHES.matcher(text).replaceAll("-").replace('\u2018', '\'').replace('\u2019', '\'');
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n", MAX_LINES * 4)) {
            String clean = BLANKS.matcher(line).replaceAll(" ").strip();
            if (clean.isEmpty()) {
                continue;
            }
            // a line longer than any form's line is cut into pieces rather than dropped
            for (int i = 0; i < clean.length() && lines.size() < MAX_LINES; i += MAX_LINE) {
                lines.add(clean.substring(i, Math.min(clean.length(), i + MAX_LINE)));
            }
            if (lines.size() >= MAX_LINES) {
                break;
            }
        }
        return new PageText(List.copyOf(lines));
    }

    List<String> lines() {
        return lines;
    }

    int size() {
        return lines.size();
    }

    String line(int i) {
        return lines.get(i);
    }

    boolean isEmpty() {
        return lines.isEmpty();
    }

    /** The first {@code max} characters, lines joined by newlines (what the classifier embeds). */
    String head(int max) {
        StringBuilder sb = new StringBuilder();
        for (String line : lines) {
            if (sb.length() + line.length() + 1 > max) {
                break;
            }
            sb.append(line).append('\n');
        }
        return sb.toString().strip();
    }
}
