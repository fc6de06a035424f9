package io.pageflow.page;

/**
 * Decides whether a PDF page's embedded text can be trusted instead of OCR. Scanned pages have no text,
 * or only a few stray characters; broken font encodings produce replacement and control characters.
 */
public final class TextLayer {

    /** Fewer visible characters than this and the page is treated as scanned. */
    static final int MIN_VISIBLE_CHARS = 16;
    /** At least this share of visible characters must be letters or digits. */
    static final double MIN_ALPHANUMERIC_SHARE = 0.5;
    /** At most this share may be U+FFFD, control or private-use characters (a broken encoding). */
    static final double MAX_GARBAGE_SHARE = 0.05;

    private TextLayer() {
    }

    public static boolean isUsable(String text) {
        if (text == null) {
            return false;
        }
        int visible = 0;
        int alphanumeric = 0;
        int garbage = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp)) {
                continue;
            }
            visible++;
            if (Character.isLetterOrDigit(cp)) {
                alphanumeric++;
            }
            int type = Character.getType(cp);
            if (cp == 0xFFFD || type == Character.CONTROL || type == Character.PRIVATE_USE || type == Character.UNASSIGNED) {
                garbage++;
            }
        }
        return visible >= MIN_VISIBLE_CHARS
                && alphanumeric >= MIN_ALPHANUMERIC_SHARE * visible
                && garbage <= MAX_GARBAGE_SHARE * visible;
    }
}
