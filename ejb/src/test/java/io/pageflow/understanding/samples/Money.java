package io.pageflow.understanding.samples;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Rupees as Indian documents write them: lakh grouping (1,18,000.00) and in words (One Lakh Eighteen Thousand). */
public final class Money {

    private static final String[] ONES = {"", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine",
        "Ten", "Eleven", "Twelve", "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen"};
    private static final String[] TENS = {"", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty",
        "Ninety"};

    private Money() {
    }

    /** 118000 → 1,18,000.00 */
    public static String indian(BigDecimal amount) {
        String plain = amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
        String whole = plain.substring(0, plain.indexOf('.'));
        String decimals = plain.substring(plain.indexOf('.'));
        if (whole.length() <= 3) {
            return whole + decimals;
        }
        StringBuilder head = new StringBuilder(whole.substring(0, whole.length() - 3));
        for (int i = head.length() - 2; i > 0; i -= 2) {
            head.insert(i, ',');
        }
        return head + "," + whole.substring(whole.length() - 3) + decimals;
    }

    /** 118000 → 118,000.00 */
    public static String western(BigDecimal amount) {
        return String.format("%,.2f", amount);
    }

    /** 118000.50 → One Lakh Eighteen Thousand Rupees and Fifty Paise Only */
    public static String words(BigDecimal amount) {
        BigDecimal rounded = amount.setScale(2, RoundingMode.HALF_UP);
        long rupees = rounded.longValue();
        int paise = rounded.remainder(BigDecimal.ONE).movePointRight(2).intValue();
        String text = (rupees == 0 ? "Zero" : words(rupees)) + " Rupees";
        if (paise > 0) {
            text += " and " + words(paise) + " Paise";
        }
        return text + " Only";
    }

    private static String words(long n) {
        StringBuilder sb = new StringBuilder();
        long crore = n / 10_000_000;
        long lakh = n / 100_000 % 100;
        long thousand = n / 1000 % 100;
        long hundred = n / 100 % 10;
        long rest = n % 100;
        append(sb, crore, "Crore");
        append(sb, lakh, "Lakh");
        append(sb, thousand, "Thousand");
        append(sb, hundred, "Hundred");
        if (rest > 0) {
            sb.append(below100((int) rest)).append(' ');
        }
        return sb.toString().trim();
    }

    private static void append(StringBuilder sb, long count, String unit) {
        if (count > 0) {
            sb.append(count >= 100 ? words(count) : below100((int) count)).append(' ').append(unit).append(' ');
        }
    }

    private static String below100(int n) {
        return n < 20 ? ONES[n] : (TENS[n / 10] + (n % 10 > 0 ? " " + ONES[n % 10] : ""));
    }
}
