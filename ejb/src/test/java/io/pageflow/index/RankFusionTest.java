package io.pageflow.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RankFusionTest {

    private static List<RankFusion.Candidate> ranking(long... ids) {
        return java.util.stream.LongStream.of(ids).mapToObj(id -> new RankFusion.Candidate(id, 100 - id)).toList();
    }

    @Test
    void aChunkBothRankingsChooseBeatsOneOnlyOneRanksFirst() {
        Map<String, List<RankFusion.Candidate>> rankings = new LinkedHashMap<>();
        rankings.put("text", ranking(1, 2, 3));
        rankings.put("vector", ranking(4, 2, 5));
        List<RankFusion.Fused> fused = RankFusion.fuse(rankings, 10);
        assertEquals(List.of(2L, 1L, 4L, 3L, 5L), fused.stream().map(RankFusion.Fused::chunkId).toList());
        assertEquals(List.of("text", "vector"), fused.get(0).matchedBy());
        assertEquals(List.of("text"), fused.get(1).matchedBy());
        assertEquals(List.of("vector"), fused.get(2).matchedBy());
        assertEquals(1.0 / 62 + 1.0 / 62, fused.get(0).score(), 1e-12);
        assertEquals(1.0 / 61, fused.get(1).score(), 1e-12);
    }

    @Test
    void tiesGoToTheLowerChunkIdAndTheLimitCuts() {
        Map<String, List<RankFusion.Candidate>> rankings = new LinkedHashMap<>();
        rankings.put("text", ranking(9));
        rankings.put("vector", ranking(3));
        assertEquals(List.of(3L), RankFusion.fuse(rankings, 1).stream().map(RankFusion.Fused::chunkId).toList());
    }

    @Test
    void oneRankingKeepsItsOrderAndItsScores() {
        List<RankFusion.Fused> fused = RankFusion.fuse(Map.of("vector", List.of(new RankFusion.Candidate(7, 0.9),
                new RankFusion.Candidate(3, 0.8))), 5);
        assertEquals(List.of(7L, 3L), fused.stream().map(RankFusion.Fused::chunkId).toList());
        assertEquals(0.9, fused.get(0).score());
        assertEquals(List.of("vector"), fused.get(1).matchedBy());
    }

    @Test
    void nothingFoundIsEmpty() {
        Map<String, List<RankFusion.Candidate>> rankings = new LinkedHashMap<>();
        rankings.put("text", List.of());
        rankings.put("vector", List.of());
        assertEquals(List.of(), RankFusion.fuse(rankings, 5));
    }
}
