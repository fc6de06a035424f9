package io.pageflow.job;

import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import io.pageflow.error.PipelineFailure;
import io.pageflow.event.EventLog;
import io.pageflow.event.EventType;

/**
 * Reads jobs and moves them through their states. Every transition is one UPDATE guarded by the state it
 * expects, so a duplicate message or a second worker finds zero rows and backs off; each transition that
 * happens is written to the job's audit trail in the same transaction.
 */
@Stateless
public class JobService {

    @PersistenceContext(unitName = "pageflow")
    EntityManager em;

    @Inject
    EventLog events;

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

    /** How many jobs {@link #list} pages through. */
    public long count(JobStatus status) {
        String where = status == null ? "" : " where j.status = :status";
        var query = em.createQuery("select count(j) from Job j" + where, Long.class);
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.getSingleResult();
    }

    public Job create(long documentId, JobOptions options) {
        Job job = new Job(documentId, options);
        em.persist(job);
        em.flush();
        em.refresh(job); // reads the title the database derives (see Job#title)
        events.record(job.getId(), null, EventType.JOB_QUEUED, "priority " + options.priority()
                + ", onPageError " + options.onPageError());
        return job;
    }

    /** Takes a queued job into processing; false when someone already did, or it was cancelled. */
    public boolean beginSplit(long jobId) {
        boolean begun = Statements.update(em, """
                update job set status = 'processing', stage = 'split', updated_at = now(),
                       started_at = coalesce(started_at, now())
                 where id = ?1 and status = 'queued'""", jobId) == 1;
        if (begun) {
            events.record(jobId, null, EventType.STAGE_STARTED, "split");
        }
        return begun;
    }

    public void splitDone(long jobId, int pageCount) {
        Statements.update(em, """
                update job set stage = 'pages', pages_total = ?2, progress = greatest(progress, ?3), updated_at = now()
                 where id = ?1 and status = 'processing'""", jobId, pageCount, Progress.splitDone());
        events.record(jobId, null, EventType.STAGE_FINISHED, "split: " + pageCount + " pages");
    }

    /**
     * Counts one page as finished (done or failed) and returns the new counts. The row lock taken by the
     * UPDATE orders concurrent page workers, so exactly one of them sees the last page finish.
     */
    public PageCounts pageFinished(long jobId, boolean failed) {
        Object[] row = (Object[]) em.createNativeQuery("""
                update job set pages_done = pages_done + ?2, pages_failed = pages_failed + ?3, updated_at = now()
                 where id = ?1
                returning pages_done, pages_failed, pages_total, status, on_page_error""")
                .setParameter(1, jobId)
                .setParameter(2, failed ? 0 : 1)
                .setParameter(3, failed ? 1 : 0)
                .getSingleResult();
        PageCounts counts = new PageCounts(((Number) row[0]).intValue(), ((Number) row[1]).intValue(),
                ((Number) row[2]).intValue(), JobStatus.fromLabel((String) row[3]),
                Job.ON_PAGE_ERROR_STOP.equals(row[4]));
        raiseProgress(jobId, Progress.pages(counts.finished(), counts.total()));
        return counts;
    }

    /** Moves a processing job to the next stage; false when it is no longer processing. */
    public boolean advance(long jobId, JobStage stage, int progress, String finished) {
        boolean advanced = Statements.update(em, """
                update job set stage = ?2, progress = greatest(progress, ?3), updated_at = now()
                 where id = ?1 and status = 'processing'""", jobId, stage.label(), progress) == 1;
        if (advanced) {
            events.record(jobId, null, EventType.STAGE_FINISHED, finished);
            events.record(jobId, null, EventType.STAGE_STARTED, stage.label());
        }
        return advanced;
    }

    /** Records the batch execution indexing the job and leases the index stage to this node. */
    public boolean startIndexing(long jobId, long executionId, String node, int leaseSeconds) {
        return Statements.update(em, """
                update job set index_execution_id = ?2, leased_by = ?3,
                       lease_expires_at = now() + make_interval(secs => ?4), updated_at = now()
                 where id = ?1 and status = 'processing' and stage = 'index' and index_execution_id is null""",
                jobId, executionId, node, leaseSeconds) == 1;
    }

    public void complete(long jobId) {
        int updated = Statements.update(em, """
                update job set status = 'completed', stage = 'done', progress = 100, current_page = null,
                       leased_by = null, lease_expires_at = null, completed_at = now(), updated_at = now()
                 where id = ?1 and status = 'processing'""", jobId);
        if (updated == 1) {
            events.record(jobId, null, EventType.STAGE_FINISHED, "export");
            events.record(jobId, null, EventType.JOB_COMPLETED, (String) null);
        }
    }

    public void fail(long jobId, PipelineFailure failure) {
        int updated = Statements.update(em, """
                update job set status = 'failed', error_code = ?2, error_message = ?3, current_page = null,
                       leased_by = null, lease_expires_at = null, failed_at = now(), updated_at = now()
                 where id = ?1 and status in ('queued', 'processing')""",
                jobId, failure.code().name(), failure.message());
        if (updated == 1) {
            events.record(jobId, null, EventType.JOB_FAILED, failure);
        }
    }

    private void raiseProgress(long jobId, int progress) {
        Statements.update(em, "update job set progress = greatest(progress, ?2) where id = ?1", jobId, progress);
    }

    /**
     * A job's page counters after an update, with what decides what happens next.
     *
     * @param status       the job's status after the update (a page may finish after its job failed)
     * @param stopOnFailure whether the job's onPageError policy is {@code stop}
     */
    public record PageCounts(int done, int failed, int total, JobStatus status, boolean stopOnFailure) {

        public int finished() {
            return done + failed;
        }

        public boolean allFinished() {
            return finished() >= total;
        }
    }
}
