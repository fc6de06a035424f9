package io.pageflow.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

/**
 * Search over chunks, by two rankings computed in PostgreSQL and fused: full text ({@code tsvector}, GIN index,
 * the document language's configuration) for the exact words people type, and embeddings (the query embedded
 * with the chunks' model, exact k-nearest neighbours by cosine similarity) for meaning. Both are shared by every
 * node and need no index outside the database; see docs/pipeline.md for their limits. The SQL is in
 * {@link SearchSql}, what a search may return in {@link SearchScope}. A submitter's search
 * sees only their own documents' chunks ({@link io.pageflow.security.Actor#seesOnly()}).
 */
@Stateless
public class SearchService {

    /** How deep each ranking looks before fusion: a chunk second in one ranking and 80th in the other counts. */
    static int candidates(int k) {
        return Math.min(200, Math.max(50, 2 * k));
    }

    @PersistenceContext(unitName = "pageflow")
    EntityManager em;

    @Inject
    Embedder embedder;

    /**
     * The best {@code k} chunks within the scope, best first. In hybrid mode the chunks holding every word of the
     * query (those holding it as a phrase first) count as a ranking of their own beside the text and vector
     * rankings: a line copied from a page is the strongest evidence there is, and fusion would otherwise let a
     * chunk that both rankings find fairly similar pass the one that holds the very line. A query in other words
     * than the text's has no such chunk, and the vectors decide.
     */
    public List<SearchHit> search(String query, int k, SearchMode mode, SearchScope requested) {
        SearchScope scope = requested.seenBy(io.pageflow.security.Actor.seesOnly());
        int depth = mode == SearchMode.HYBRID ? candidates(k) : k;
        List<RankFusion.Ranking> rankings = new ArrayList<>();
        if (mode.usesText()) {
            List<TextCandidate> text = textRanking(query, depth, scope);
            if (mode == SearchMode.HYBRID) {
                rankings.add(new RankFusion.Ranking("text",
                        text.stream().filter(TextCandidate::everyWord).map(TextCandidate::candidate).toList()));
            }
            rankings.add(new RankFusion.Ranking("text", text.stream().map(TextCandidate::candidate).toList()));
        }
        if (mode.usesVectors()) {
            rankings.add(new RankFusion.Ranking("vector", vectorRanking(query, depth, scope)));
        }
        List<RankFusion.Fused> best = RankFusion.fuse(rankings, k);
        return best.isEmpty() ? List.of() : hits(query, best);
    }

    /** A chunk of the text ranking, and whether it holds every word of the query. */
    record TextCandidate(RankFusion.Candidate candidate, boolean everyWord) {
    }

    private List<RankFusion.Candidate> vectorRanking(String query, int n, SearchScope scope) {
        Query sql = em.createNativeQuery(SearchSql.vectorCandidates(scope))
                .setParameter("vector", Embedder.toSqlArray(embedder.embed(query)))
                .setParameter("n", n);
        scope.bind(sql);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = sql.getResultList();
        return rows.stream().map(r -> new RankFusion.Candidate(((Number) r[0]).longValue(),
                ((Number) r[1]).doubleValue())).toList();
    }

    private List<TextCandidate> textRanking(String query, int n, SearchScope scope) {
        Query sql = em.createNativeQuery(SearchSql.textCandidates(scope))
                .setParameter("q", query)
                .setParameter("n", n);
        scope.bind(sql);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = sql.getResultList();
        return rows.stream().map(r -> new TextCandidate(new RankFusion.Candidate(((Number) r[0]).longValue(),
                ((Number) r[3]).doubleValue()), Boolean.TRUE.equals(r[2]))).toList();
    }

    private List<SearchHit> hits(String query, List<RankFusion.Fused> best) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SearchSql.hits())
                .setParameter("ids", best.stream().map(RankFusion.Fused::chunkId).toList())
                .setParameter("q", query)
                .setParameter("markers", Snippets.markers())
                .setParameter("headline", Snippets.HEADLINE_OPTIONS)
                .getResultList();
        Map<Long, Object[]> byId = new HashMap<>();
        rows.forEach(r -> byId.put(((Number) r[0]).longValue(), r));
        return best.stream().filter(f -> byId.containsKey(f.chunkId())).map(f -> {
            Object[] r = byId.get(f.chunkId());
            return new SearchHit(((Number) r[1]).longValue(), r[5] == null ? null : ((Number) r[5]).longValue(),
                    (String) r[6], f.chunkId(), ((Number) r[2]).intValue(), ((Number) r[3]).intValue(), f.score(),
                    (String) r[4], f.matchedBy(), Snippets.fromHeadline((String) r[7]));
        }).toList();
    }
}
