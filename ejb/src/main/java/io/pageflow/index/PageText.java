package io.pageflow.index;

/** The text of one page, as the chunker reads it. */
public record PageText(int pageNumber, String text) {
}
