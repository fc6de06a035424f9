package io.pageflow.job;

import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Reads jobs. Their states change only through {@link io.pageflow.state.JobStates}. */
@Stateless
public class JobService {

    @PersistenceContext(unitName = "pageflow")
    EntityManager em;

    public Optional<Job> find(long jobId) {
        return Optional.ofNullable(em.find(Job.class, jobId));
    }

    public Optional<Job> findByIdempotencyKey(String key) {
        return em.createQuery("select j from Job j where j.idempotencyKey = :key", Job.class)
                .setParameter("key", key)
                .getResultStream()
                .findFirst();
    }

    /** Newest first, optionally only those in one status. */
    public List<Job> list(JobStatus status, int limit, int offset) {
        String where = status == null ? "" : " where j.status = :status";
        var query = em.createQuery("select j from Job j" + where + " order by j.createdAt desc, j.id desc", Job.class)
                .setMaxResults(limit)
                .setFirstResult(offset);
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.getResultList();
    }
}
