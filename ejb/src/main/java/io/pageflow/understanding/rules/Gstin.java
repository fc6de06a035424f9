package io.pageflow.understanding.rules;

import java.util.Locale;

/**
 * The Indian GST identification number: 2 digits of state, the holder's PAN (5 letters, 4 digits, a letter),
 * an entity number (1-9 or A-Z), the letter Z, and a check digit computed mod 36 over the first 14 characters.
 * The check digit catches most misreadings (OCR's O for 0, B for 8), so a value that fails it is kept but not
 * trusted.
 */
public final class Gstin {

    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final java.util.regex.Pattern SHAPE =
            java.util.regex.Pattern.compile("[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z]Z[0-9A-Z]");

    private Gstin() {
    }

    /** Upper case without spaces; {@code null} stays {@code null}. */
    public static String clean(String raw) {
        return raw == null ? null : raw.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    /** True when the value has the GSTIN shape and its last character is the right check digit. */
    public static boolean isValid(String gstin) {
        return gstin != null && gstin.length() == 15 && SHAPE.matcher(gstin).matches()
                && checkDigit(gstin.substring(0, 14)) == gstin.charAt(14);
    }

    /** True when the value has the GSTIN shape, whatever its check digit. */
    public static boolean hasShape(String gstin) {
        return gstin != null && gstin.length() == 15 && SHAPE.matcher(gstin).matches();
    }

    /**
     * The GSTIN a misread value most likely was: OCR's usual confusions undone by position (O→0, I→1, S→5,
     * B→8, Z→2, G→6 where a digit belongs, the reverse where a letter belongs), at most three of them, and kept
     * only if the check digit then agrees. Empty when no such repair exists.
     */
    public static java.util.Optional<String> repair(String value) {
        if (value == null || value.length() != 15) {
            return java.util.Optional.empty();
        }
        String repaired = byPosition(value);
        char[] c = repaired.toCharArray();
        int changes = 0;
        for (int i = 0; i < 15; i++) {
            changes += c[i] == Character.toUpperCase(value.charAt(i)) ? 0 : 1;
        }
        if (changes <= 3 && isValid(repaired)) {
            return java.util.Optional.of(repaired);
        }
        // the check digit itself may be the misread character
        char last = c[14];
        for (char alternative : new char[] {toDigit(last), toLetter(last)}) {
            String candidate = repaired.substring(0, 14) + alternative;
            if (alternative != last && changes < 3 && isValid(candidate)) {
                return java.util.Optional.of(candidate);
            }
        }
        return java.util.Optional.empty();
    }

    /** The value with digits where a GSTIN has digits and letters where it has letters, as far as OCR's confusions allow. */
    public static String byPosition(String value) {
        char[] c = value.toUpperCase(java.util.Locale.ROOT).toCharArray();
        for (int i = 0; i < Math.min(14, c.length); i++) {
            boolean digit = i < 2 || (i >= 7 && i <= 10);
            boolean letter = (i >= 2 && i <= 6) || i == 11 || i == 13;
            c[i] = digit ? toDigit(c[i]) : letter ? toLetter(c[i]) : c[i];
        }
        return new String(c);
    }

    private static char toDigit(char c) {
        return switch (c) {
            case 'O', 'D', 'Q' -> '0';
            case 'I', 'L' -> '1';
            case 'S' -> '5';
            case 'B' -> '8';
            case 'Z' -> '2';
            case 'G' -> '6';
            default -> c;
        };
    }

    private static char toLetter(char c) {
        return switch (c) {
            case '0' -> 'O';
            case '1' -> 'I';
            case '5' -> 'S';
            case '8' -> 'B';
            case '2' -> 'Z';
            case '6' -> 'G';
            default -> c;
        };
    }

    /**
     * The check digit of the first 14 characters: each character's value (0-9, A=10 … Z=35) times 1 or 2
     * alternately, the quotient and remainder by 36 of each product summed, and the complement to 36.
     */
    public static char checkDigit(String first14) {
        if (first14 == null || first14.length() != 14) {
            throw new IllegalArgumentException("a GSTIN's check digit is computed over 14 characters");
        }
        int sum = 0;
        for (int i = 0; i < 14; i++) {
            int value = ALPHABET.indexOf(Character.toUpperCase(first14.charAt(i)));
            if (value < 0) {
                throw new IllegalArgumentException("not a GSTIN character: " + first14.charAt(i));
            }
            int product = value * (i % 2 == 0 ? 1 : 2);
            sum += product / 36 + product % 36;
        }
        return ALPHABET.charAt((36 - sum % 36) % 36);
    }
}
