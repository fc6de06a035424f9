package io.pageflow.index;

import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Semantic search over chunks: the query is embedded with the same model as the chunks and compared with
 * every stored vector in PostgreSQL (exact k-nearest neighbours by cosine similarity). Exact search is
 * shared by every node and needs no index to rebuild; see docs/pipeline.md for its limits. A submitter's search
 * sees only their own documents' chunks ({@link io.pageflow.security.Actor#seesOnly()}).
 */
@Stateless
public class SearchService {

    @PersistenceContext(unitName = "pageflow")
    EntityManager em;

    @Inject
    Embedder embedder;

    /** @param docType only documents of this type (their merged type, {@code unknown} included), or null */
    public List<SearchHit> search(String query, int k, Long documentId, String docType) {
        String vector = Embedder.toSqlArray(embedder.embed(query));
        List<String> conditions = new java.util.ArrayList<>();
        if (documentId != null) {
            conditions.add("c.document_id = :document");
        }
        if (docType != null) {
            conditions.add("c.document_id in (select d.id from document d where d.doc_type = :docType)");
        }
        String owner = io.pageflow.security.Actor.seesOnly();
        if (owner != null) {
            conditions.add("c.document_id in (select d.id from document d where d.owner = :owner)");
        }
        String filter = conditions.isEmpty() ? "" : "where " + String.join(" and ", conditions) + " ";
        var sql = em.createNativeQuery("select top.document_id, top.id, top.page_start, top.page_end, top.score,"
                + " top.content, (select max(j.id) from job j where j.document_id = top.document_id and j.kind = 'ingest'),"
                + " (select coalesce(d.title, (select f.file_name from source_file f where f.document_id = d.id"
                + " order by f.position limit 1)) from document d where d.id = top.document_id)"
                + " from (select c.document_id, c.id, c.page_start, c.page_end, c.content,"
                + " dot_product(e.vector, cast(:vector as real[])) as score"
                + " from chunk c join chunk_embedding e on e.chunk_id = c.id "
                + filter
                + "order by score desc, c.id limit :k) top order by top.score desc, top.id")
                .setParameter("vector", vector)
                .setParameter("k", k);
        if (documentId != null) {
            sql.setParameter("document", documentId);
        }
        if (docType != null) {
            sql.setParameter("docType", docType);
        }
        if (owner != null) {
            sql.setParameter("owner", owner);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = sql.getResultList();
        return rows.stream().map(r -> new SearchHit(((Number) r[0]).longValue(),
                r[6] == null ? null : ((Number) r[6]).longValue(), (String) r[7], ((Number) r[1]).longValue(),
                ((Number) r[2]).intValue(), ((Number) r[3]).intValue(), ((Number) r[4]).doubleValue(), (String) r[5]))
                .toList();
    }
}
