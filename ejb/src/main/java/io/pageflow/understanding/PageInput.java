package io.pageflow.understanding;

/** What an engine reads of a page: its text (from the text layer or OCR) and where it is. */
public record PageInput(long documentId, int pageNumber, String text, String language) {
}
