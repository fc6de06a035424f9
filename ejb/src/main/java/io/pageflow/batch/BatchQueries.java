package io.pageflow.batch;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** A batch's summary: every entry with its job's status or the reason it was refused. */
@Stateless
public class BatchQueries {

    @PersistenceContext(unitName = "pageflow")
    EntityManager em;

    public Optional<BatchSummary> summary(long batchId) {
        @SuppressWarnings("unchecked")
        List<Object[]> batch = em.createNativeQuery("select file_name, created_at, error_code, error_message from batch where id = ?1")
                .setParameter(1, batchId).getResultList();
        if (batch.isEmpty()) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select e.position, e.entry_name, e.job_id, coalesce(j.status, 'refused'),
                       coalesce(e.error_code, j.error_code), coalesce(e.error_message, j.error_message)
                  from batch_entry e left join job j on j.id = e.job_id
                 where e.batch_id = ?1 order by e.position""")
                .setParameter(1, batchId).getResultList();
        List<BatchSummary.Entry> entries = rows.stream().map(r -> new BatchSummary.Entry(((Number) r[0]).intValue(),
                (String) r[1], r[2] == null ? null : ((Number) r[2]).longValue(), (String) r[3], (String) r[4],
                (String) r[5])).toList();
        Object[] b = batch.get(0);
        OffsetDateTime created = b[1] instanceof OffsetDateTime o ? o
                : ((java.time.Instant) b[1]).atOffset(java.time.ZoneOffset.UTC);
        return Optional.of(BatchSummary.of(batchId, (String) b[0], created, (String) b[2], (String) b[3], entries));
    }
}
