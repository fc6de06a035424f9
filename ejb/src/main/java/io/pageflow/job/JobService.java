package io.pageflow.job;

import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import io.pageflow.security.Actor;

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
        String where = where(status);
        var query = em.createQuery("select j from Job j" + where + " order by j.createdAt desc, j.id desc", Job.class)
                .setMaxResults(limit)
                .setFirstResult(offset);
        if (status != null) {
            query.setParameter("status", status);
        }
        if (Actor.seesOnly() != null) {
            query.setParameter("owner", Actor.seesOnly());
        }
        return query.getResultList();
    }

    /** How many jobs {@link #list} pages through. */
    public long count(JobStatus status) {
        var query = em.createQuery("select count(j) from Job j" + where(status), Long.class);
        if (status != null) {
            query.setParameter("status", status);
        }
        if (Actor.seesOnly() != null) {
            query.setParameter("owner", Actor.seesOnly());
        }
        return query.getSingleResult();
    }

    /** The status asked for, and a submitter's own jobs only (docs/security.md). */
    private static String where(JobStatus status) {
        List<String> conditions = new java.util.ArrayList<>();
        if (status != null) {
            conditions.add("j.status = :status");
        }
        if (Actor.seesOnly() != null) {
            conditions.add("j.owner = :owner");
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

}
