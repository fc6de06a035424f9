package io.pageflow.ingest;

/**
 * What the client asked for besides the files.
 *
 * @param title    optional title of the document
 * @param language Tesseract language(s) for OCR, e.g. {@code eng} or {@code eng+deu}; null for the default
 */
public record Submission(String title, String language) {
}
