package io.pageflow.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class RankFusionTest {

    private static List<RankFusion.Candidate> ranking(long... ids) {
        return java.util.stream.LongStream.of(ids).mapToObj(id -> new RankFusion.Candidate(id, 100 - id)).toList();
    }

    @Test
    void aChunkBothRankingsChooseBeatsOneOnlyOneRanksFirst() {
        List<RankFusion.Fused> fused = RankFusion.fuse(List.of(new RankFusion.Ranking("text", ranking(1, 2, 3)),
                new RankFusion.Ranking("vector", ranking(4, 2, 5))), 10);
        assertEquals(List.of(2L, 1L, 4L, 3L, 5L), fused.stream().map(RankFusion.Fused::chunkId).toList());
        assertEquals(List.of("text", "vector"), fused.get(0).matchedBy());
        assertEquals(List.of("text"), fused.get(1).matchedBy());
        assertEquals(List.of("vector"), fused.get(2).matchedBy());
        assertEquals(1.0 / 62 + 1.0 / 62, fused.get(0).score(), 1e-12);
        assertEquals(1.0 / 61, fused.get(1).score(), 1e-12);
    }

    @Test
    void tiesGoToTheLowerChunkIdAndTheLimitCuts() {
        assertEquals(List.of(3L), RankFusion.fuse(List.of(new RankFusion.Ranking("text", ranking(9)),
                new RankFusion.Ranking("vector", ranking(3))), 1).stream().map(RankFusion.Fused::chunkId).toList());
    }

    @Test
    void oneRankingKeepsItsOrderAndItsScores() {
        List<RankFusion.Fused> fused = RankFusion.fuse(List.of(new RankFusion.Ranking("vector",
                List.of(new RankFusion.Candidate(7, 0.9), new RankFusion.Candidate(3, 0.8)))), 5);
        assertEquals(List.of(7L, 3L), fused.stream().map(RankFusion.Fused::chunkId).toList());
        assertEquals(0.9, fused.get(0).score());
        assertEquals(List.of("vector"), fused.get(1).matchedBy());
    }

    @Test
    void twoRankingsMayShowTheSameSource() {
        List<RankFusion.Fused> fused = RankFusion.fuse(List.of(new RankFusion.Ranking("text", ranking(5)),
                new RankFusion.Ranking("text", ranking(6, 5)), new RankFusion.Ranking("vector", ranking(7, 6))), 3);
        assertEquals(List.of(5L, 6L, 7L), fused.stream().map(RankFusion.Fused::chunkId).toList());
        assertEquals(List.of("text"), fused.get(0).matchedBy());
        assertEquals(List.of("text", "vector"), fused.get(1).matchedBy());
    }

    @Test
    void nothingFoundIsEmpty() {
        assertEquals(List.of(), RankFusion.fuse(List.of(new RankFusion.Ranking("text", List.of()),
                new RankFusion.Ranking("vector", List.of())), 5));
    }
}
