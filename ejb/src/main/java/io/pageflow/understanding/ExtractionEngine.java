package io.pageflow.understanding;

import java.util.Map;

/**
 * Reads a page's fields for a known type. Returns the fields it found, normalised as the type's schema
 * expects (dates {@code yyyy-MM-dd}, amounts as numbers, GSTINs upper case…); a field it did not find is
 * absent, never an empty string.
 */
public interface ExtractionEngine {

    Map<String, FieldValue> extract(PageInput page, TypeDefinition type);
}
