package io.pageflow.understanding.validation;

/**
 * India's GST identification number: 2 digits of state, the holder's PAN (5 letters, 4 digits, a letter),
 * an entity number, {@code Z}, and a check character computed modulo 36 over the first 14.
 */
public final class Gstin {

    private static final String CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final java.util.regex.Pattern SHAPE =
            java.util.regex.Pattern.compile("[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z]Z[0-9A-Z]");

    private Gstin() {
    }

    public static boolean isValid(String gstin) {
        return gstin != null && SHAPE.matcher(gstin).matches() && checkChar(gstin.substring(0, 14)) == gstin.charAt(14);
    }

    /** The check character of the first 14 characters (upper case, digits and letters only). */
    public static char checkChar(String first14) {
        int sum = 0;
        for (int i = 0; i < 14; i++) {
            int value = CHARS.indexOf(first14.charAt(i));
            int product = value * (i % 2 == 0 ? 1 : 2);
            sum += product / 36 + product % 36;
        }
        return CHARS.charAt((36 - sum % 36) % 36);
    }
}
