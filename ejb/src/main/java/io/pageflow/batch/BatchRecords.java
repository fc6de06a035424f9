package io.pageflow.batch;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The rows of a batch, each written at once so that the summary never loses an entry. */
@Stateless
public class BatchRecords {

    @PersistenceContext(unitName = "pageflow")
    EntityManager em;

    public long createBatch(String fileName) {
        return ((Number) em.createNativeQuery("insert into batch (file_name, owner) values (?1, cast(?2 as text)) returning id")
                .setParameter(1, fileName).setParameter(2, io.pageflow.security.Actor.current())
                .getSingleResult()).longValue();
    }

    public void entryQueued(long batchId, int position, String name, long jobId) {
        em.createNativeQuery("insert into batch_entry (batch_id, position, entry_name, job_id) values (?1, ?2, ?3, ?4)")
                .setParameter(1, batchId).setParameter(2, position).setParameter(3, name).setParameter(4, jobId)
                .executeUpdate();
    }

    public void entryRefused(long batchId, int position, String name, String code, String message) {
        em.createNativeQuery("""
                insert into batch_entry (batch_id, position, entry_name, error_code, error_message)
                values (?1, ?2, ?3, ?4, ?5)""")
                .setParameter(1, batchId).setParameter(2, position).setParameter(3, name).setParameter(4, code)
                .setParameter(5, message)
                .executeUpdate();
    }

    public void batchStopped(long batchId, String code, String message) {
        em.createNativeQuery("update batch set error_code = ?2, error_message = ?3 where id = ?1")
                .setParameter(1, batchId).setParameter(2, code).setParameter(3, message)
                .executeUpdate();
    }
}
