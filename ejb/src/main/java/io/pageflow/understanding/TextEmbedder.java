package io.pageflow.understanding;

import java.util.List;

/** Turns texts into unit-length sentence vectors (a dot product is their cosine similarity). */
@FunctionalInterface
public interface TextEmbedder {

    List<float[]> embedAll(List<String> texts);
}
