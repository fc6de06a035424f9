package io.pageflow.event;

import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import io.pageflow.cluster.NodeIdentity;
import io.pageflow.error.PipelineFailure;

/**
 * Writes the audit trail. {@link #record} joins the caller's transaction, so an event exists exactly when
 * the change it describes committed; {@link #recordNow} commits at once, for what happens in a transaction
 * that is about to roll back (a failed attempt).
 */
@Stateless
public class EventLog {

    @PersistenceContext(unitName = "pageflow")
    EntityManager em;

    @Inject
    NodeIdentity node;

    public void record(long jobId, Integer pageNumber, EventType type, String message) {
        insert(jobId, pageNumber, type, null, message);
    }

    public void record(long jobId, Integer pageNumber, EventType type, PipelineFailure failure) {
        insert(jobId, pageNumber, type, failure.code().name(), failure.message());
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordNow(long jobId, Integer pageNumber, EventType type, PipelineFailure failure) {
        insert(jobId, pageNumber, type, failure.code().name(), failure.message());
    }

    /** The job's events, oldest first, from the {@code offset}-th on. */
    public List<JobEvent> events(long jobId, int offset, int limit) {
        return em.createQuery("select e from JobEvent e where e.jobId = :job order by e.id", JobEvent.class)
                .setParameter("job", jobId)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    public long count(long jobId) {
        return em.createQuery("select count(e) from JobEvent e where e.jobId = :job", Long.class)
                .setParameter("job", jobId)
                .getSingleResult();
    }

    private void insert(long jobId, Integer pageNumber, EventType type, String errorCode, String message) {
        em.persist(new JobEvent(jobId, pageNumber, type, errorCode, message, node.id()));
    }
}
