package io.pageflow.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Tells HTML and plain text from binary files, which have no magic number to go by. HTML is markup from its
 * first tag; plain text is valid UTF-8 (a byte-order mark allowed) without NULs or other control characters
 * than tab, line feed, form feed and carriage return — all of it, not only its beginning.
 */
public final class TextContent {

    /** How much of the start is searched for HTML markup. */
    static final int MARKUP_HEAD = 1024;

    private TextContent() {
    }

    /** Reads the whole stream: {@link FileType#HTML}, {@link FileType#TEXT} or empty. */
    public static Optional<FileType> judge(InputStream content) throws IOException {
        Utf8Check check = new Utf8Check();
        byte[] buffer = new byte[64 * 1024];
        byte[] head = null;
        boolean html = false;
        int read;
        while ((read = content.readNBytes(buffer, 0, buffer.length)) > 0) {
            if (head == null) {
                head = Arrays.copyOf(buffer, Math.min(read, MARKUP_HEAD));
                html = isMarkup(head);
            }
            for (int i = 0; i < read; i++) {
                // HTML may declare any charset in its markup, so only NUL gives it away as binary
                if (buffer[i] == 0 || !html && !check.accept(buffer[i])) {
                    return Optional.empty();
                }
            }
        }
        if (head == null) {
            return Optional.empty();
        }
        if (html) {
            return Optional.of(FileType.HTML);
        }
        return check.complete() ? Optional.of(FileType.TEXT) : Optional.empty();
    }

    /** Starts, after a byte-order mark and white space, with a doctype, an html tag or a comment then one. */
    static boolean isMarkup(byte[] head) {
        String start = new String(head, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        if (start.startsWith("\u00ef\u00bb\u00bf")) {
            start = start.substring(3);
        }
        start = start.stripLeading();
        if (start.startsWith("<!doctype html") || start.startsWith("<html")) {
            return true;
        }
        return (start.startsWith("<!--") || start.startsWith("<head") || start.startsWith("<body")
                || start.startsWith("<meta")) && (start.contains("<html") || start.contains("<body"));
    }

    /** A byte-at-a-time UTF-8 validator that also refuses control characters. */
    static final class Utf8Check {
        private int continuation;

        boolean accept(byte value) {
            int b = value & 0xFF;
            if (continuation > 0) {
                continuation--;
                return (b & 0xC0) == 0x80;
            }
            if (b < 0x20) {
                return b == '\t' || b == '\n' || b == '\f' || b == '\r';
            }
            if (b < 0x80) {
                return true;
            }
            if (b >= 0xC2 && b <= 0xDF) {
                continuation = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                continuation = 2;
            } else if (b >= 0xF0 && b <= 0xF4) {
                continuation = 3;
            } else {
                return false;
            }
            return true;
        }

        boolean complete() {
            return continuation == 0;
        }
    }
}
