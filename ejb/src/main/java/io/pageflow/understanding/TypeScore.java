package io.pageflow.understanding;

/** How well a page fits one type, 0 to 1. */
public record TypeScore(String docType, double score) {
}
