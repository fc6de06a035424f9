package io.pageflow.understanding.rules;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as Indian documents print them, read day first: 14/03/2026, 14-03-26, 14.03.2026, 14 Mar 2026,
 * 14-Mar-2026, 14th March, 2026, March 14, 2026, and ISO 2026-03-14. A time after the date is ignored.
 */
final class Dates {

    private static final String MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}";
    private static final Pattern ISO = Pattern.compile("(?<![\\d])(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)");
    private static final Pattern NUMERIC =
            Pattern.compile("(?<![\\d])(\\d{1,2}) ?[/.\\-] ?(\\d{1,2}) ?[/.\\-] ?(\\d{4}|\\d{2})(?!\\d)");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "(?<![\\d])(\\d{1,2})(?:st|nd|rd|th)?[ \\-/.,]{0,3}" + MONTH + "\\.?[ \\-/.,]{0,3}(\\d{4}|\\d{2})(?!\\d)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b" + MONTH + "\\.? {0,2}(\\d{1,2})(?:st|nd|rd|th)?,? {0,2}(\\d{4})(?!\\d)", Pattern.CASE_INSENSITIVE);
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    private Dates() {
    }

    /** The first date in the text, with 1 when it is unambiguous and 0.6 when only month-first makes sense. */
    static Optional<Dated> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String text = raw.length() > 200 ? raw.substring(0, 200) : raw;
        Matcher m = ISO.matcher(text);
        if (m.find()) {
            return date(num(m.group(1)), num(m.group(2)), num(m.group(3)), 1.0);
        }
        m = DAY_MONTH.matcher(text);
        if (m.find()) {
            return date(year(m.group(3)), MONTHS.get(m.group(2).toLowerCase(Locale.ROOT)), num(m.group(1)), 1.0);
        }
        m = MONTH_DAY.matcher(text);
        if (m.find()) {
            return date(year(m.group(3)), MONTHS.get(m.group(1).toLowerCase(Locale.ROOT)), num(m.group(2)), 1.0);
        }
        m = NUMERIC.matcher(text);
        if (m.find()) {
            int first = num(m.group(1));
            int second = num(m.group(2));
            int year = year(m.group(3));
            Optional<Dated> dayFirst = date(year, second, first, 1.0);
            // a US-style date (month first) is the only reading when the "month" is over 12
            return dayFirst.isPresent() ? dayFirst : date(year, first, second, 0.6);
        }
        return Optional.empty();
    }

    record Dated(LocalDate date, double confidence) {
    }

    private static Optional<Dated> date(int year, Integer month, int day, double confidence) {
        if (month == null || year < 1990 || year > 2100) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Dated(LocalDate.of(year, month, day), confidence));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int year(String digits) {
        int y = num(digits);
        return digits.length() == 2 ? 2000 + y : y;
    }

    private static int num(String digits) {
        return Integer.parseInt(digits);
    }
}
