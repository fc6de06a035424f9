package io.pageflow.index;

/**
 * The SQL of search, in one place. Each ranking selects candidate chunk ids with a score, best first, restricted
 * by {@link SearchScope#condition()}; the hit query then loads what the API shows for the chosen ids.
 * <p>
 * Text ranking: each chunk's {@code tsv} was made with its document language's configuration ({@code ts_config},
 * see migration V16), so the query text is normalised once per configuration in use and matched only against
 * chunks of that configuration (which lets PostgreSQL use the GIN index). Text and query go through
 * {@code searchable()}, which keeps the parser from skipping what looks like markup. A chunk holding the query as a phrase
 * ranks first, then chunks holding every word, then chunks holding some of the words; within each group by cover
 * density ({@code ts_rank_cd}), which favours the words close together. The words are taken as they are
 * ({@code plainto_tsquery}), not in web-search syntax: in a pasted command line {@code -layout} is a word to
 * find, not one to exclude.
 */
final class SearchSql {

    /** Parameters: {@code :vector} (a {@code real[]} literal), {@code :n}, and the scope's. */
    static String vectorCandidates(SearchScope scope) {
        return "select c.id, dot_product(e.vector, cast(:vector as real[])) as score"
                + " from chunk c join chunk_embedding e on e.chunk_id = c.id"
                + " where " + scope.condition()
                + " order by score desc, c.id limit :n";
    }

    /** Parameters: {@code :q} (the query text), {@code :n}, and the scope's. */
    static String textCandidates(SearchScope scope) {
        return "with query as (select l.cfg, phraseto_tsquery(l.cfg, searchable(:q)) as phrase,"
                + " plainto_tsquery(l.cfg, searchable(:q)) as every_word, any_word_tsquery(l.cfg, :q) as any_word"
                + " from (select distinct text_search_config(d.language) as cfg from document d) l)"
                + " select c.id, (c.tsv @@ query.phrase) as is_phrase, (c.tsv @@ query.every_word) as has_every_word,"
                + " ts_rank_cd(c.tsv, query.every_word) + ts_rank_cd(c.tsv, query.any_word) as score"
                + " from query join chunk c on c.ts_config = query.cfg and c.tsv @@ query.any_word"
                + " where " + scope.condition()
                + " order by is_phrase desc, has_every_word desc, score desc, c.id limit :n";
    }

    /**
     * Parameters: {@code :ids} (the chosen chunk ids), {@code :q}, {@code :markers} (the highlight markers, removed
     * from the text before highlighting) and {@code :headline} ({@code ts_headline} options).
     */
    static String hits() {
        return "select c.id, c.document_id, c.page_start, c.page_end, c.content,"
                + " (select max(j.id) from job j where j.document_id = c.document_id and j.kind = 'ingest'),"
                + " (select coalesce(d.title, (select f.file_name from source_file f where f.document_id = d.id"
                + " order by f.position limit 1)) from document d where d.id = c.document_id),"
                + " ts_headline(c.ts_config, searchable(translate(c.content, :markers, '')),"
                + " any_word_tsquery(c.ts_config, :q),"
                + " :headline)"
                + " from chunk c where c.id in (:ids)";
    }

    private SearchSql() {
    }
}
