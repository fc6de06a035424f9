package io.pageflow.page;

import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import io.pageflow.error.PipelineFailure;

/**
 * Claims a page for a worker in a transaction of its own, so that users see it as {@code processing} (and
 * as the job's current page) while the worker's own transaction is still running.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PageClaims {

    @PersistenceContext(unitName = "pageflow")
    EntityManager em;

    /**
     * Marks the page processing when it is pending, or processing from a delivery that failed; empty when
     * the page is already finished or its job is not running, i.e. the message is a duplicate.
     */
    public Optional<PageWork> claim(long jobId, int pageNumber) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                update page p set status = 'processing', attempts = p.attempts + 1, started_at = now(),
                       error_code = null, error_message = null
                  from job j join document d on d.id = j.document_id
                 where j.id = ?1 and j.status = 'processing' and p.document_id = j.document_id
                   and p.page_number = ?2 and p.status in ('pending', 'processing')
                returning p.id, p.document_id, d.kind, p.source_key, d.language""")
                .setParameter(1, jobId)
                .setParameter(2, pageNumber)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = rows.get(0);
        em.createNativeQuery("update job set current_page = ?2, updated_at = now() where id = ?1")
                .setParameter(1, jobId)
                .setParameter(2, pageNumber)
                .executeUpdate();
        return Optional.of(new PageWork(((Number) row[0]).longValue(), jobId, ((Number) row[1]).longValue(),
                pageNumber, "pdf".equals(row[2]), (String) row[3], (String) row[4]));
    }

    /** Keeps the error of a failed attempt visible while the message waits for redelivery. */
    public void recordAttemptError(long pageId, PipelineFailure failure) {
        em.createNativeQuery("update page set error_code = ?2, error_message = ?3 where id = ?1 and status = 'processing'")
                .setParameter(1, pageId)
                .setParameter(2, failure.code().name())
                .setParameter(3, failure.message())
                .executeUpdate();
    }
}
