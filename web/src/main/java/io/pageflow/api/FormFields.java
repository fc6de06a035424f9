package io.pageflow.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.core.EntityPart;

/** Reads the small text fields of a multipart form. */
final class FormFields {

    /** Longer values are cut: a form field is a word or a title, never a document. */
    static final int MAX_FIELD_BYTES = 4096;

    private FormFields() {
    }

    /** The field's text, trimmed; null when empty. */
    static String text(EntityPart part) throws IOException {
        try (InputStream in = part.getContent()) {
            String value = new String(in.readNBytes(MAX_FIELD_BYTES), StandardCharsets.UTF_8).strip();
            return value.isEmpty() ? null : value;
        }
    }

    /**
     * A part's whole text as sent (a file part too, e.g. {@code -F mapping=@mapping.json}), read up to one byte past
     * {@code maxBytes} so that the caller can tell a value over the limit; null when empty.
     */
    static String content(EntityPart part, int maxBytes) throws IOException {
        try (InputStream in = part.getContent()) {
            byte[] bytes = in.readNBytes(maxBytes + 1);
            return bytes.length == 0 ? null : new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
