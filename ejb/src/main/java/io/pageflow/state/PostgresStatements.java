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
 * split stage insert no page twice; {@code jsonb_to_recordset} completes a slice of pages read with the split in
 * one statement instead of one per page.
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
     * Pending pages {@code first} to {@code last} of a PDF document, each with its page PDF's key, in one statement;
     * those the document has already are left as they are.
     */
    public void insertPdfPages(long documentId, int first, int last) {
        // the same keys as StorageKeys.pageSource: four digits at least
        em.createNativeQuery("""
                insert into page (document_id, page_number, status, source_key)
                select ?1, n, ?4, 'documents/' || ?1 || '/pages/page-' || case when n < 10000 then lpad(n::text, 4, '0')
                       else n::text end || '.pdf'
                  from generate_series(?2, ?3) as n
                on conflict (document_id, page_number) do nothing""")
                .setParameter(1, documentId)
                .setParameter(2, first)
                .setParameter(3, last)
                .setParameter(4, PageStatus.PENDING.label())
                .executeUpdate();
    }

    /**
     * Completes the pages described by {@code pagesJson} (an array of objects {@code n, text, source, reason, blank,
     * image, duration}) that are still pending, in one statement, and returns their numbers. The pending rows are
     * locked first, so the numbers returned are exactly the rows the update changes.
     */
    public List<Integer> completePendingPages(long documentId, int first, int last, String pagesJson,
            OffsetDateTime now, String unreviewed) {
        @SuppressWarnings("unchecked")
        List<Number> pending = em.createNativeQuery("""
                select page_number from page
                 where document_id = ?1 and page_number between ?2 and ?3 and status = ?4
                   for update""")
                .setParameter(1, documentId)
                .setParameter(2, first)
                .setParameter(3, last)
                .setParameter(4, PageStatus.PENDING.label())
                .getResultList();
        if (pending.isEmpty()) {
            return List.of();
        }
        em.createNativeQuery("""
                update page p set status = ?3, text = r.text, text_source = r.source, text_source_reason = r.reason,
                       blank = r.blank, confidence = null, image_key = r.image, error_code = null, error_message = null,
                       review = ?5, review_note = null, reviewed_at = null, attempts = p.attempts + 1,
                       duration_ms = r.duration,
                       started_at = cast(?4 as timestamptz) - make_interval(secs => r.duration / 1000.0),
                       completed_at = cast(?4 as timestamptz), leased_by = null, lease_expires_at = null
                  from jsonb_to_recordset(cast(?2 as jsonb))
                       as r(n int, text text, source text, reason text, blank boolean, image text, duration bigint)
                 where p.document_id = ?1 and p.page_number = r.n and p.status = ?6""")
                .setParameter(1, documentId)
                .setParameter(2, pagesJson)
                .setParameter(3, PageStatus.COMPLETED.label())
                .setParameter(4, now)
                .setParameter(5, unreviewed)
                .setParameter(6, PageStatus.PENDING.label())
                .executeUpdate();
        return pending.stream().map(Number::intValue).toList();
    }

    /** One event per page, in one statement: {@code messagesJson} is an array of objects {@code n, message}. */
    public void insertPageEvents(long jobId, String type, String node, String messagesJson) {
        em.createNativeQuery("""
                insert into job_event (job_id, page_number, type, message, node)
                select ?1, r.n, ?2, r.message, ?3
                  from jsonb_to_recordset(cast(?4 as jsonb)) as r(n int, message text)
                 order by r.n""")
                .setParameter(1, jobId)
                .setParameter(2, type)
                .setParameter(3, node)
                .setParameter(4, messagesJson)
                .executeUpdate();
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
