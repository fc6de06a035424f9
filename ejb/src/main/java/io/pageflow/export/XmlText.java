package io.pageflow.export;

/** OCR and PDF text can hold characters XML 1.0 forbids (form feeds, stray controls): drop them. */
public final class XmlText {

    private XmlText() {
    }

    public static String clean(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().filter(XmlText::allowed).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    static boolean allowed(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD
                || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
    }
}
