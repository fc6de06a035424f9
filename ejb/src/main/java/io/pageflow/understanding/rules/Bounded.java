package io.pageflow.understanding.rules;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a regular expression from a type's definition with a budget of character reads. The text is bounded,
 * but a pattern such as {@code (a+)+b} can still take exponential time on a line of a hundred a's; past the
 * budget the pattern counts as not matching, instead of holding a worker thread for minutes.
 */
final class Bounded implements CharSequence {

    /** Reads allowed per search: a line of 300 characters can be scanned a few thousand times over. */
    static final int BUDGET = 1_000_000;

    private final CharSequence text;
    private final int[] left;

    private Bounded(CharSequence text, int[] left) {
        this.text = text;
        this.left = left;
    }

    static Bounded of(CharSequence text) {
        return new Bounded(text, new int[] {BUDGET});
    }

    /** {@code pattern.matcher(text)}, or empty when the text is {@code null}. */
    static Matcher matcher(Pattern pattern, CharSequence text) {
        return pattern.matcher(of(text));
    }

    /** True when the pattern occurs in the text; false also when it runs out of budget. */
    static boolean find(Pattern pattern, CharSequence text) {
        try {
            return matcher(pattern, text).find();
        } catch (Exhausted e) {
            return false;
        }
    }

    /** The first match at or after {@code from}, within the budget. */
    static Optional<Matcher> findFrom(Pattern pattern, CharSequence text, int from) {
        try {
            Matcher m = matcher(pattern, text);
            return m.find(from) ? Optional.of(m) : Optional.empty();
        } catch (Exhausted e) {
            return Optional.empty();
        }
    }

    @Override
    public char charAt(int index) {
        if (--left[0] < 0) {
            throw new Exhausted();
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new Bounded(text.subSequence(start, end), left);
    }

    @Override
    public String toString() {
        return text.toString();
    }

    /** Thrown inside a search that ran out of budget; callers treat it as "no match". */
    static final class Exhausted extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Exhausted() {
            super("regular expression ran out of budget", null, false, false);
        }
    }
}
