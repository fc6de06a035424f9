package io.pageflow.index;

import java.util.List;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import io.pageflow.messaging.StageRuns;

/**
 * Embeds a batch of chunks in one call and upserts the chunk rows and their vectors. Each row gets the text-search
 * configuration of its document's language, from which PostgreSQL keeps its {@code tsvector}. Keys
 * (document_id, seq) and (chunk_id) make a re-run replace rows instead of adding them. Embedding is the heaviest
 * work of the pipeline: each batch first gives way to the node's reading of new pages for a moment
 * ({@link StageRuns#giveWayToReading}).
 */
@Named
@Dependent
public class ChunkWriter extends AbstractItemWriter {

    @Inject
    JobContext jobContext;

    @Inject
    Embedder embedder;

    @Inject
    StageRuns stageRuns;

    @PersistenceContext(unitName = "pageflow")
    EntityManager em;

    @Override
    public void writeItems(List<Object> items) {
        stageRuns.giveWayToReading();
        long documentId = IndexJob.documentId(jobContext);
        List<ChunkDraft> chunks = items.stream().map(ChunkDraft.class::cast).toList();
        List<float[]> vectors = embedder.embedAll(chunks.stream().map(ChunkDraft::content).toList());
        for (int i = 0; i < chunks.size(); i++) {
            ChunkDraft chunk = chunks.get(i);
            Number chunkId = (Number) em.createNativeQuery("""
                    insert into chunk (document_id, seq, page_start, page_end, content, ts_config)
                    values (?1, ?2, ?3, ?4, ?5, (select text_search_config(d.language) from document d where d.id = ?1))
                    on conflict (document_id, seq) do update
                       set page_start = excluded.page_start, page_end = excluded.page_end, content = excluded.content,
                           ts_config = excluded.ts_config
                    returning id""")
                    .setParameter(1, documentId)
                    .setParameter(2, chunk.seq())
                    .setParameter(3, chunk.pageStart())
                    .setParameter(4, chunk.pageEnd())
                    .setParameter(5, chunk.content())
                    .getSingleResult();
            em.createNativeQuery("""
                    insert into chunk_embedding (chunk_id, model, dimensions, vector) values (?1, ?2, ?3, cast(?4 as real[]))
                    on conflict (chunk_id) do update
                       set model = excluded.model, dimensions = excluded.dimensions, vector = excluded.vector""")
                    .setParameter(1, chunkId.longValue())
                    .setParameter(2, embedder.modelName())
                    .setParameter(3, Embedder.DIMENSIONS)
                    .setParameter(4, Embedder.toSqlArray(vectors.get(i)))
                    .executeUpdate();
        }
    }
}
