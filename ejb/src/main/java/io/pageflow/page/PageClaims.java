package io.pageflow.page;

import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import io.pageflow.cluster.LeaseSettings;
import io.pageflow.cluster.NodeIdentity;
import io.pageflow.error.PipelineFailure;
import io.pageflow.event.EventLog;
import io.pageflow.event.EventType;

/**
 * Claims a page for this node with a lease, in a transaction of its own: users see the page
 * {@code processing} (and as the job's current page) while the work runs, and other nodes see it taken.
 * The lease is renewed by this node's heartbeat; if the node dies, it expires and the reaper hands the
 * page out again.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PageClaims {

    @PersistenceContext(unitName = "pageflow")
    EntityManager em;

    @Inject
    NodeIdentity node;

    @Inject
    LeaseSettings leases;

    @Inject
    EventLog events;

    /**
     * Takes the page when it is pending, or processing under an expired lease; empty when it is finished,
     * leased by a live worker, or its job is not running: the message is then a duplicate or stale.
     */
    public Optional<PageWork> claim(long jobId, int pageNumber) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                update page p set status = 'processing', attempts = p.attempts + 1, started_at = now(),
                       leased_by = ?3, lease_expires_at = now() + make_interval(secs => ?4)
                  from job j join document d on d.id = j.document_id
                 where j.id = ?1 and j.status = 'processing' and p.document_id = j.document_id
                   and p.page_number = ?2
                   and (p.status = 'pending' or (p.status = 'processing' and p.lease_expires_at < now()))
                returning p.id, p.document_id, d.kind, p.source_key, d.language, p.attempts""")
                .setParameter(1, jobId)
                .setParameter(2, pageNumber)
                .setParameter(3, node.id())
                .setParameter(4, leases.leaseSeconds())
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = rows.get(0);
        em.createNativeQuery("update job set current_page = ?2, updated_at = now() where id = ?1")
                .setParameter(1, jobId)
                .setParameter(2, pageNumber)
                .executeUpdate();
        events.record(jobId, pageNumber, EventType.PAGE_STARTED, "attempt " + row[5]);
        String sourceKey = (String) row[3];
        return Optional.of(new PageWork(((Number) row[0]).longValue(), jobId, ((Number) row[1]).longValue(),
                pageNumber, sourceKey.endsWith(".pdf"), sourceKey, (String) row[4], ((Number) row[5]).intValue()));
    }

    /**
     * Gives the page back after a failed attempt, keeping its error visible, so that the redelivered
     * message can claim it at once instead of waiting for the lease to expire.
     */
    public void release(PageWork work, PipelineFailure failure) {
        em.createNativeQuery("""
                update page set status = 'pending', leased_by = null, lease_expires_at = null,
                       error_code = ?2, error_message = ?3
                 where id = ?1 and status = 'processing'""")
                .setParameter(1, work.pageId())
                .setParameter(2, failure.code().name())
                .setParameter(3, failure.message())
                .executeUpdate();
    }
}
