package io.pageflow.cluster;

import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import io.pageflow.error.ErrorCode;
import io.pageflow.error.PipelineFailure;
import io.pageflow.event.EventLog;
import io.pageflow.event.EventType;
import io.pageflow.messaging.PipelineMessenger;
import io.pageflow.page.PageService;

/**
 * Finds work whose lease expired (its node died or hung) and hands it out again. Rows are taken with
 * {@code FOR UPDATE SKIP LOCKED}, so reapers on several nodes share the work without waiting on each
 * other or taking the same row twice. A page that keeps losing its worker fails after its last attempt.
 */
@Stateless
public class LeaseReaper {

    static final int BATCH = 100;

    @PersistenceContext(unitName = "pageflow")
    EntityManager em;

    @Inject
    LeaseSettings leases;

    @Inject
    PageService pages;

    @Inject
    PipelineMessenger messenger;

    @Inject
    EventLog events;

    /** Returns how many expired page leases were handled. */
    public int reapPages() {
        @SuppressWarnings("unchecked")
        List<Object[]> expired = em.createNativeQuery("""
                select p.id, p.page_number, p.attempts, p.leased_by, j.id, j.priority, j.status
                  from page p join job j on j.document_id = p.document_id
                 where p.status = 'processing' and p.lease_expires_at < now()
                 order by p.lease_expires_at
                 limit ?1
                   for update of p skip locked""")
                .setParameter(1, BATCH)
                .getResultList();
        for (Object[] row : expired) {
            long pageId = ((Number) row[0]).longValue();
            int pageNumber = ((Number) row[1]).intValue();
            int attempts = ((Number) row[2]).intValue();
            long jobId = ((Number) row[4]).longValue();
            boolean jobRunning = "processing".equals(row[6]);
            if (jobRunning && attempts >= leases.maxAttempts()) {
                pages.fail(pageId, jobId, new PipelineFailure(ErrorCode.ATTEMPTS_EXHAUSTED, "Page " + pageNumber
                        + " was started " + attempts + " times and never finished; last holder " + row[3]), null);
                continue;
            }
            em.createNativeQuery("""
                    update page set status = 'pending', leased_by = null, lease_expires_at = null where id = ?1""")
                    .setParameter(1, pageId)
                    .executeUpdate();
            if (jobRunning) {
                events.record(jobId, pageNumber, EventType.LEASE_EXPIRED,
                        "lease of " + row[3] + " expired after attempt " + attempts + "; re-enqueued");
                messenger.page(jobId, pageNumber, ((Number) row[5]).intValue());
            }
        }
        return expired.size();
    }

    /** Re-enqueues the index stage of jobs whose indexing node went away. */
    public int reapIndexing() {
        @SuppressWarnings("unchecked")
        List<Object[]> expired = em.createNativeQuery("""
                select id, leased_by from job
                 where status = 'processing' and stage = 'index' and lease_expires_at < now()
                 order by lease_expires_at
                 limit ?1
                   for update skip locked""")
                .setParameter(1, BATCH)
                .getResultList();
        for (Object[] row : expired) {
            long jobId = ((Number) row[0]).longValue();
            em.createNativeQuery("""
                    update job set index_execution_id = null, leased_by = null, lease_expires_at = null where id = ?1""")
                    .setParameter(1, jobId)
                    .executeUpdate();
            events.record(jobId, null, EventType.LEASE_EXPIRED, "index lease of " + row[1] + " expired; re-enqueued");
            messenger.index(jobId);
        }
        return expired.size();
    }

    /** Extends every lease this node holds: its work is alive, however long a page takes. */
    public void heartbeat(String node) {
        for (String table : new String[] {"page", "job"}) {
            em.createNativeQuery("update " + table + " set lease_expires_at = now() + make_interval(secs => ?2)"
                    + " where leased_by = ?1 and status = 'processing'")
                    .setParameter(1, node)
                    .setParameter(2, leases.leaseSeconds())
                    .executeUpdate();
        }
    }
}
