package io.pageflow.state;

/** A page the split stage read itself (see {@link PageTransition#READ}), and how long reading it took. */
public record PageRead(int pageNumber, PageText text, long durationMs) {
}
