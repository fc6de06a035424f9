package io.pageflow.understanding.rules;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Money as Indian documents print it: ₹1,18,000.00, Rs. 1,18,000, INR 118000.00, 1,18,000.00/- (lakh
 * grouping: the last three digits, then pairs), or Western grouping. The currency and the trailing "/-" are
 * dropped; the sign is not read (amounts on these documents are never negative).
 */
final class Amounts {

    // possessive quantifiers: a long run of digits and commas is read once, never backtracked over
    private static final Pattern NUMBER =
            Pattern.compile("(?<![\\d.])(\\d{1,3}+(?:,\\d{2,3}+)++|\\d++)(\\.\\d{1,2}+)?+(?![\\d%])");
    private static final Pattern INDIAN = Pattern.compile("\\d{1,2}(?:,\\d{2})*,\\d{3}");
    private static final Pattern WESTERN = Pattern.compile("\\d{1,3}(?:,\\d{3})+");
    private static final Pattern CURRENCY = Pattern.compile("₹|\\bRs\\b\\.?|\\bINR\\b|\\bRupees\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SPACE_IN_NUMBER = Pattern.compile("(?<=,) (?=\\d)|(?<=\\d) (?=[,.]\\d)");

    private static final Pattern SPACE_FOR_POINT = Pattern.compile("(\\d) (\\d{2})(?:/-)?\\s*$");

    private Amounts() {
    }

    record Amount(BigDecimal value, double confidence) {
    }

    static Optional<Amount> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String text = raw.length() > 120 ? raw.substring(0, 120) : raw;
        text = CURRENCY.matcher(text).replaceAll(" ");
        // OCR sometimes splits a number at its commas: "1, 18,000.00"
        text = SPACE_IN_NUMBER.matcher(text).replaceAll("");
        double confidence = 1.0;
        Matcher paise = SPACE_FOR_POINT.matcher(text);
        if (text.indexOf('.') < 0 && paise.find()) {
            // OCR lost the decimal point: "728 61" is 728.61 on a document whose amounts all have paise
            text = text.substring(0, paise.start()) + paise.group(1) + "." + paise.group(2);
            confidence = 0.8;
        }
        Matcher m = NUMBER.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        String whole = m.group(1);
        String decimals = m.group(2) == null ? "" : m.group(2);
        boolean grouped = whole.indexOf(',') >= 0;
        boolean wellGrouped = !grouped || INDIAN.matcher(whole).matches() || WESTERN.matcher(whole).matches();
        if (whole.replace(",", "").length() > 15) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(whole.replace(",", "") + decimals);
        return Optional.of(new Amount(value, wellGrouped ? confidence : 0.5));
    }
}
