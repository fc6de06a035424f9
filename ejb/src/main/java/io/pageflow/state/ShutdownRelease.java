package io.pageflow.state;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.persistence.EntityManager;

import io.pageflow.event.EventType;
import io.pageflow.event.JobEvent;
import io.pageflow.job.JobStatus;

/**
 * {@link PageTransition#RELEASE} of everything a node holds, on a graceful shutdown: its pages go back to
 * pending (their messages return to the queue unacknowledged) and its index stages' leases run out, so that
 * the next node or start takes them at once instead of after the lease. It runs with the entity manager of the
 * bean that is stopping, because by then the server refuses calls to the application's other beans.
 */
public final class ShutdownRelease {

    private ShutdownRelease() {
    }

    /** Returns how many pages were given back. */
    public static int releaseAllHeldBy(EntityManager em, String holder, int leaseSeconds) {
        OffsetDateTime now = OffsetDateTime.now();
        List<Object[]> held = em.createQuery("""
                select p.id, p.pageNumber, j.id from Page p, Job j
                 where j.documentId = p.documentId and p.leasedBy = :holder and p.status in :from""", Object[].class)
                .setParameter("holder", holder)
                .setParameter("from", PageTransition.RELEASE.from())
                .getResultList();
        int released = 0;
        for (Object[] row : held) {
            int moved = em.createQuery("""
                    update Page p set p.status = :to, p.leasedBy = null, p.leaseExpiresAt = :deadline
                     where p.id = :id and p.status in :from and p.leasedBy = :holder""")
                    .setParameter("to", PageTransition.RELEASE.to())
                    .setParameter("deadline", now.plusSeconds(leaseSeconds))
                    .setParameter("id", row[0])
                    .setParameter("from", PageTransition.RELEASE.from())
                    .setParameter("holder", holder)
                    .executeUpdate();
            if (moved == 1) {
                em.persist(new JobEvent((Long) row[2], (Integer) row[1], EventType.LEASE_RELEASED, null,
                        "node shutting down", holder));
                released++;
            }
        }
        em.createQuery("update Job j set j.leaseExpiresAt = :now where j.leasedBy = :holder and j.status = :processing")
                .setParameter("now", now)
                .setParameter("holder", holder)
                .setParameter("processing", JobStatus.PROCESSING)
                .executeUpdate();
        return released;
    }
}
