package io.pageflow.state;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import io.pageflow.document.PageStatus;

/**
 * The only statements about job and page state that are PostgreSQL's own. {@code FOR UPDATE SKIP LOCKED} lets
 * reapers on several nodes share the expired work without waiting on each other or taking a row twice (the
 * rows stay locked until the caller's transaction ends); {@code ON CONFLICT DO NOTHING} makes a re-run of the
 * split stage insert no page twice.
 */
@Stateless
public class PostgresStatements {

    @PersistenceContext(unitName = "pageflow")
    EntityManager em;

    /**
     * Pages whose deadline passed: processing under an expired lease (the worker is gone), or given back
     * and not claimed again in time (their message may have been consumed while they were still held).
     */
    public List<ExpiredPage> expiredPages(OffsetDateTime now, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select p.id, p.page_number, p.status, p.attempts, p.leased_by, j.id as job_id, j.priority, j.status as job_status
                  from page p join job j on j.document_id = p.document_id and j.kind = 'ingest'
                 where p.lease_expires_at < ?1 and p.status in ('processing', 'pending')
                 order by p.lease_expires_at
                 limit ?2
                   for update of p skip locked""")
                .setParameter(1, now)
                .setParameter(2, limit)
                .getResultList();
        return rows.stream().map(r -> new ExpiredPage(((Number) r[0]).longValue(), ((Number) r[1]).intValue(),
                "processing".equals(r[2]), ((Number) r[3]).intValue(), (String) r[4], ((Number) r[5]).longValue(),
                ((Number) r[6]).intValue(), "processing".equals(r[7]))).toList();
    }

    /** Jobs whose index stage lost its node. */
    public List<Long> expiredIndexStages(OffsetDateTime now, int limit) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("""
                select id from job
                 where status = 'processing' and stage = 'index' and lease_expires_at < ?1
                 order by lease_expires_at
                 limit ?2
                   for update skip locked""")
                .setParameter(1, now)
                .setParameter(2, limit)
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /**
     * A document id taken from the table's sequence before any row exists: an upload stores its objects under
     * it, then creates all its rows in one transaction. An id whose upload never committed is never reused,
     * and the orphan sweeper removes its objects.
     */
    public long reserveDocumentId() {
        return ((Number) em.createNativeQuery("select nextval(pg_get_serial_sequence('document', 'id'))")
                .getSingleResult()).longValue();
    }

    /** A new pending page, unless the document has that page already; true when it was inserted. */
    public boolean insertPage(long documentId, int pageNumber, String sourceKey) {
        return em.createNativeQuery("""
                insert into page (document_id, page_number, status, source_key) values (?1, ?2, ?4, ?3)
                on conflict (document_id, page_number) do nothing""")
                .setParameter(1, documentId)
                .setParameter(2, pageNumber)
                .setParameter(3, sourceKey)
                .setParameter(4, PageStatus.PENDING.label())
                .executeUpdate() == 1;
    }

    /**
     * A page whose deadline passed.
     *
     * @param processing whether it was still processing (else it was given back and not claimed again)
     * @param jobRunning whether its job is processing (else the page waits for a resume)
     */
    public record ExpiredPage(long pageId, int pageNumber, boolean processing, int attempts, String holder,
            long jobId, int priority, boolean jobRunning) {
    }
}
