package io.pageflow.export.mapping;

/**
 * XML names as a mapping may use them: NCNames (XML 1.0 fifth edition names without a colon, so that no prefix
 * needs declaring), not starting with {@code xml} in any case, which XML reserves.
 */
final class XmlNames {

    static final int MAX_LENGTH = 128;

    private XmlNames() {
    }

    static boolean valid(String name) {
        if (name == null || name.isEmpty() || name.length() > MAX_LENGTH || name.regionMatches(true, 0, "xml", 0, 3)) {
            return false;
        }
        int first = name.codePointAt(0);
        if (!startChar(first)) {
            return false;
        }
        return name.codePoints().skip(1).allMatch(XmlNames::nameChar);
    }

    private static boolean startChar(int c) {
        return c >= 'A' && c <= 'Z' || c == '_' || c >= 'a' && c <= 'z'
                || c >= 0xC0 && c <= 0xD6 || c >= 0xD8 && c <= 0xF6 || c >= 0xF8 && c <= 0x2FF
                || c >= 0x370 && c <= 0x37D || c >= 0x37F && c <= 0x1FFF || c >= 0x200C && c <= 0x200D
                || c >= 0x2070 && c <= 0x218F || c >= 0x2C00 && c <= 0x2FEF || c >= 0x3001 && c <= 0xD7FF
                || c >= 0xF900 && c <= 0xFDCF || c >= 0xFDF0 && c <= 0xFFFD || c >= 0x10000 && c <= 0xEFFFF;
    }

    private static boolean nameChar(int c) {
        return startChar(c) || c == '-' || c == '.' || c >= '0' && c <= '9' || c == 0xB7
                || c >= 0x300 && c <= 0x36F || c >= 0x203F && c <= 0x2040;
    }
}
