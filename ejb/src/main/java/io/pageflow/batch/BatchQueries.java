package io.pageflow.batch;

import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import io.pageflow.error.ConflictException;
import io.pageflow.error.NotFoundException;

/** A batch's summary: every entry with its job's status or the reason it was refused; and its run summaries. */
@Stateless
public class BatchQueries {

    @PersistenceContext(unitName = "pageflow")
    EntityManager em;

    @Inject
    BatchEnds ends;

    public Optional<BatchSummary> summary(long batchId) {
        @SuppressWarnings("unchecked")
        List<Object[]> batch = em.createNativeQuery(
                        "select file_name, created_at, error_code, error_message, read_at from batch where id = ?1")
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
        int latest = latestVersion(batchId);
        return Optional.of(BatchSummary.of(batchId, (String) b[0], BatchEnds.time(b[1]), (String) b[2], (String) b[3],
                b[4] != null, latest == 0 ? null : latest, entries));
    }

    /**
     * The batch's run summary: the latest version, or the one asked for. 404 for no such batch or version; 409
     * while the batch has not ended for the first time (the archive is being read, or a job is queued or
     * processing).
     */
    public RunSummary runSummary(long batchId, Integer version) {
        BatchSummary batch = summary(batchId).orElseThrow(() -> new NotFoundException("Batch " + batchId + " does not exist"));
        if (batch.summaryVersion() == null && batch.status().equals(BatchSummary.ENDED)) {
            ends.settleIfMissing(batchId); // a batch that ended before run summaries were stored
        }
        int latest = latestVersion(batchId);
        if (latest == 0) {
            throw new ConflictException("BATCH_RUNNING", "Batch " + batchId + " has not ended: "
                    + (batch.status().equals(BatchSummary.READING) ? "its archive is still being read"
                    : batch.running() + " of its " + batch.fileCount() + " files are queued or processing")
                    + "; its summary is stored when the last one ends");
        }
        int wanted = version == null ? latest : version;
        @SuppressWarnings("unchecked")
        List<Object> stored = em.createNativeQuery(
                        "select cast(summary as text) from batch_summary where batch_id = ?1 and version = ?2")
                .setParameter(1, batchId).setParameter(2, wanted).getResultList();
        if (stored.isEmpty()) {
            throw new NotFoundException("Batch " + batchId + " has no summary version " + wanted
                    + " (the latest is " + latest + ")");
        }
        return RunSummaryJson.read((String) stored.get(0));
    }

    private int latestVersion(long batchId) {
        return ((Number) em.createNativeQuery("select coalesce(max(version), 0) from batch_summary where batch_id = ?1")
                .setParameter(1, batchId).getSingleResult()).intValue();
    }
}
