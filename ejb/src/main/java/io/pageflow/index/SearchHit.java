package io.pageflow.index;

import java.util.List;

/**
 * A chunk that matched a search.
 *
 * @param jobId     the job of the chunk's document, where its pages can be seen
 * @param title     the document's title, or its first file's name
 * @param score     the ranking's score, higher is better: in mode {@code vector} the cosine similarity (-1 to 1),
 *                  in mode {@code text} the text rank ({@code ts_rank_cd}), in mode {@code hybrid} the fused
 *                  score (reciprocal rank fusion: the sum of 1 / (60 + rank) over the rankings that chose it)
 * @param text      the chunk's whole text
 * @param matchedBy the rankings that chose this chunk: {@code text} (it holds words of the query), {@code vector}
 *                  (its meaning is among the closest)
 * @param snippet   the words around the best matches as HTML-escaped text, each matched word in
 *                  {@code <mark>…</mark>} (the only tags); the chunk's first words when no word matched
 */
public record SearchHit(long documentId, Long jobId, String title, long chunkId, int pageStart, int pageEnd,
        double score, String text, List<String> matchedBy, String snippet) {
}
