package io.pageflow.batch;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import io.pageflow.state.JobEnded;
import io.pageflow.understanding.ExtractionJson;
import io.pageflow.understanding.type.DocumentTypes;

/**
 * Stores a batch's run summary when the batch ends: when its archive has been read to the end and none of its
 * jobs is queued or processing. Two moments can make that true, each in its own transaction: a job of the batch
 * ends ({@link JobEnded}, in the transaction that ended it), or the archive's reading ends (a batch whose jobs
 * all ended while it was being read).
 * <p>
 * Exactly one writer per end, without luck: each of them first locks the batch row, and only then counts the
 * batch's unfinished jobs. When the last two jobs end at once on two threads, the second waits for the first's
 * lock; PostgreSQL (read committed) gives the statement after the lock a fresh snapshot, so the second sees the
 * first's job ended and its own too, and writes; the first saw the second still running, and did not. A job can
 * end only from queued or processing, so every write is a new end of the batch: its next version. (The lock is
 * {@code for no key update}, which entry rows being inserted for the batch do not wait for.)
 */
@Stateless
public class BatchEnds {

    @PersistenceContext(unitName = "pageflow")
    EntityManager em;

    @Inject
    DocumentTypes types;

    @Inject
    Event<BatchSummaryStored> stored;

    /** A job ended: when it was the last of its batch, the batch ended. */
    public void jobEnded(@Observes JobEnded ended) {
        List<?> batch = em.createNativeQuery("select batch_id from batch_entry where job_id = ?1")
                .setParameter(1, ended.jobId()).getResultList();
        if (!batch.isEmpty()) {
            settle(((Number) batch.get(0)).longValue(), false);
        }
    }

    /** Every entry of the archive has its row: from now on the batch can end, and perhaps it already has. */
    public void readEnded(long batchId) {
        int marked = em.createNativeQuery("update batch set read_at = ?2 where id = ?1 and read_at is null")
                .setParameter(1, batchId).setParameter(2, OffsetDateTime.now()).executeUpdate();
        if (marked == 1) {
            settle(batchId, false);
        }
    }

    /** A batch that ended without a summary being stored (it ended before summaries existed) gets its first. */
    public void settleIfMissing(long batchId) {
        settle(batchId, true);
    }

    private void settle(long batchId, boolean onlyTheFirst) {
        @SuppressWarnings("unchecked")
        List<Object[]> locked = em.createNativeQuery("""
                select id, file_name, created_at, read_at, error_code, error_message from batch where id = ?1
                 for no key update""")
                .setParameter(1, batchId).getResultList();
        if (locked.isEmpty() || locked.get(0)[3] == null || unfinished(batchId) > 0) {
            return;
        }
        int latest = ((Number) em.createNativeQuery(
                        "select coalesce(max(version), 0) from batch_summary where batch_id = ?1")
                .setParameter(1, batchId).getSingleResult()).intValue();
        if (onlyTheFirst && latest > 0) {
            return;
        }
        Object[] b = locked.get(0);
        RunSummaries.BatchRow batch = new RunSummaries.BatchRow(batchId, (String) b[1], time(b[2]), time(b[3]),
                (String) b[4], (String) b[5]);
        OffsetDateTime now = OffsetDateTime.now();
        RunSummary summary = RunSummaries.compute(batch, entries(batchId), SummaryAmounts.of(types.current()),
                latest + 1, now);
        // The lock makes this the only writer; the key would refuse a second one anyway.
        String json = RunSummaryJson.write(summary);
        int inserted = em.createNativeQuery("""
                insert into batch_summary (batch_id, version, summary, created_at) values (?1, ?2, cast(?3 as jsonb), ?4)
                on conflict do nothing""")
                .setParameter(1, batchId).setParameter(2, summary.version())
                .setParameter(3, json).setParameter(4, now)
                .executeUpdate();
        if (inserted == 1) {
            stored.fire(new BatchSummaryStored(batchId, summary.version(), json));
        }
    }

    private long unfinished(long batchId) {
        return ((Number) em.createNativeQuery("""
                select count(*) from batch_entry e join job j on j.id = e.job_id
                 where e.batch_id = ?1 and j.status in ('queued', 'processing')""")
                .setParameter(1, batchId).getSingleResult()).longValue();
    }

    private List<RunSummaries.EntryRow> entries(long batchId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select e.position, e.entry_name, e.job_id, j.document_id, j.status, e.error_code, e.error_message,
                       j.error_code, j.error_message, d.doc_type, cast(d.extraction as text),
                       coalesce(j.completed_at, j.failed_at, j.cancelled_at), j.pages_total, j.pages_failed
                  from batch_entry e left join job j on j.id = e.job_id left join document d on d.id = j.document_id
                 where e.batch_id = ?1 order by e.position""")
                .setParameter(1, batchId).getResultList();
        return rows.stream().map(r -> new RunSummaries.EntryRow(((Number) r[0]).intValue(), (String) r[1],
                longOrNull(r[2]), longOrNull(r[3]), (String) r[4], (String) r[5], (String) r[6], (String) r[7],
                (String) r[8], (String) r[9], r[10] == null ? null : ExtractionJson.parse((String) r[10]),
                time(r[11]), r[12] == null ? 0 : ((Number) r[12]).intValue(),
                r[13] == null ? 0 : ((Number) r[13]).intValue())).toList();
    }

    private static Long longOrNull(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    static OffsetDateTime time(Object value) {
        if (value == null || value instanceof OffsetDateTime) {
            return (OffsetDateTime) value;
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }
}
