package io.pageflow.state;

import java.time.OffsetDateTime;
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
import io.pageflow.document.PageStatus;
import io.pageflow.event.EventLog;
import io.pageflow.event.EventType;
import io.pageflow.job.JobStatus;

/**
 * Commits a page claim in a transaction of its own, so that users see the page {@code processing} (and as the
 * job's current page) while the work runs, and other workers see it taken. Only {@link PageStates} calls it,
 * and guards the claim with the work's transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ClaimTransaction {

    @PersistenceContext(unitName = "pageflow")
    EntityManager em;

    @Inject
    NodeIdentity node;

    @Inject
    LeaseSettings leases;

    @Inject
    EventLog events;

    /** {@link PageTransition#CLAIM}; empty when the page is finished, held by a live worker, or its job is not running. */
    public Optional<PageClaim> claim(long jobId, int pageNumber) {
        OffsetDateTime now = OffsetDateTime.now();
        int claimed = em.createQuery("""
                update Page p set p.status = :to, p.attempts = p.attempts + 1, p.startedAt = :now,
                       p.leasedBy = :holder, p.leaseExpiresAt = :until
                 where p.pageNumber = :page
                   and p.documentId = (select j.documentId from Job j where j.id = :job and j.status = :running)
                   and p.status in :from
                   and (p.status <> :processing or p.leaseExpiresAt < :now)""")
                .setParameter("to", PageTransition.CLAIM.to())
                .setParameter("now", now)
                .setParameter("holder", node.id())
                .setParameter("until", now.plusSeconds(leases.leaseSeconds()))
                .setParameter("page", pageNumber)
                .setParameter("job", jobId)
                .setParameter("running", JobStatus.PROCESSING)
                .setParameter("from", PageTransition.CLAIM.from())
                .setParameter("processing", PageStatus.PROCESSING)
                .executeUpdate();
        if (claimed == 0) {
            return Optional.empty();
        }
        List<Object[]> rows = em.createQuery("""
                select p.id, p.documentId, p.sourceKey, p.attempts, d.language, j.ocrModel, j.ocrSteps, j.ocrImages
                  from Page p, Document d, Job j
                 where j.id = :job and d.id = j.documentId and p.documentId = d.id and p.pageNumber = :page""",
                Object[].class)
                .setParameter("job", jobId)
                .setParameter("page", pageNumber)
                .getResultList();
        Object[] row = rows.get(0);
        em.createQuery("update Job j set j.currentPage = :page, j.updatedAt = :now where j.id = :job")
                .setParameter("page", pageNumber)
                .setParameter("now", now)
                .setParameter("job", jobId)
                .executeUpdate();
        int attempt = (Integer) row[3];
        events.record(jobId, pageNumber, EventType.PAGE_STARTED, "attempt " + attempt);
        return Optional.of(new PageClaim((Long) row[0], jobId, (Long) row[1], pageNumber, (String) row[2],
                (String) row[4], node.id(), attempt, (String) row[5], (String) row[6],
                Boolean.TRUE.equals(row[7])));
    }
}
