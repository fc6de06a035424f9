package io.pageflow.understanding.samples;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How layouts print dates, times and amounts: the variety a reader has to cope with. */
final class Formats {

    static final DateTimeFormatter DMY_DASH_MON = DateTimeFormatter.ofPattern("dd-MMM-yyyy", Locale.ENGLISH);
    static final DateTimeFormatter DMY_SLASH = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ENGLISH);
    static final DateTimeFormatter DMY_DOT = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.ENGLISH);
    static final DateTimeFormatter DMY_DASH = DateTimeFormatter.ofPattern("dd-MM-yyyy", Locale.ENGLISH);
    static final DateTimeFormatter DMY_SHORT = DateTimeFormatter.ofPattern("dd-MMM-yy", Locale.ENGLISH);
    static final DateTimeFormatter D_MON_Y = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    static final DateTimeFormatter MONTH_D_Y = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("hh:mm a", Locale.ENGLISH);

    private Formats() {
    }

    static String date(LocalDate date, DateTimeFormatter format) {
        return date.format(format);
    }

    static String dateTime(LocalDateTime at, DateTimeFormatter format) {
        return at.toLocalDate().format(format) + " " + at.format(TIME);
    }

    static String rupees(BigDecimal amount) {
        return "₹" + Money.indian(amount);
    }

    static String rs(BigDecimal amount) {
        return "Rs. " + Money.indian(amount);
    }

    static String inr(BigDecimal amount) {
        return "INR " + Money.indian(amount);
    }

    static String plain(BigDecimal amount) {
        return Money.indian(amount);
    }

    /** Words run across lines: at most {@code width} characters each. */
    static java.util.List<String> wrap(String text, int width) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + word.length() + 1 > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
