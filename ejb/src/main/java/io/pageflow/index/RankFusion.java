package io.pageflow.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Reciprocal rank fusion (Cormack, Clarke and Büttcher, 2009): a chunk scores the sum of 1 / (60 + rank) over the
 * rankings it is in. It needs no calibration between a cosine similarity and a text rank, which are not on one
 * scale, and a chunk that both rankings put high beats one that only one of them likes.
 */
final class RankFusion {

    /** The constant of the paper: it damps the weight of the very first ranks. */
    static final int K = 60;

    /** A chunk some ranking chose, with that ranking's own score. */
    record Candidate(long chunkId, double score) {
    }

    /**
     * A ranking, best first, and what it shows in a hit's {@code matchedBy} ({@code text} or {@code vector}); two
     * rankings may show the same word.
     */
    record Ranking(String matchedBy, List<Candidate> candidates) {
    }

    /** A chunk of the fused ranking, with what chose it ({@code text}, {@code vector}). */
    record Fused(long chunkId, double score, List<String> matchedBy) {
    }

    /**
     * Fuses rankings (each best first) into the best {@code limit}. One ranking alone keeps its order and
     * its own scores; several are ordered by fused score, ties by the chunk id for a stable answer.
     */
    static List<Fused> fuse(List<Ranking> rankings, int limit) {
        Map<Long, Double> scores = new LinkedHashMap<>();
        Map<Long, TreeSet<String>> sources = new LinkedHashMap<>();
        boolean single = rankings.size() == 1;
        for (Ranking ranking : rankings) {
            List<Candidate> candidates = ranking.candidates();
            for (int i = 0; i < candidates.size(); i++) {
                Candidate candidate = candidates.get(i);
                double score = single ? candidate.score() : 1.0 / (K + i + 1);
                scores.merge(candidate.chunkId(), score, Double::sum);
                sources.computeIfAbsent(candidate.chunkId(), id -> new TreeSet<>()).add(ranking.matchedBy());
            }
        }
        List<Fused> fused = new ArrayList<>();
        scores.forEach((id, score) -> fused.add(new Fused(id, score, List.copyOf(sources.get(id)))));
        if (!single) {
            fused.sort(Comparator.comparingDouble(Fused::score).reversed().thenComparingLong(Fused::chunkId));
        }
        return fused.subList(0, Math.min(limit, fused.size()));
    }

    private RankFusion() {
    }
}
