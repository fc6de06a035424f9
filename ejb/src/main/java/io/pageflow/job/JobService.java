package io.pageflow.job;

import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import io.pageflow.error.PipelineFailure;

/**
 * Reads jobs and moves them through their states. Every transition is one UPDATE guarded by the state it
 * expects, so a duplicate message or a second worker finds zero rows and backs off.
 */
@Stateless
public class JobService {

    @PersistenceContext(unitName = "pageflow")
    EntityManager em;

    public Optional<Job> find(long jobId) {
        return Optional.ofNullable(em.find(Job.class, jobId));
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

    public Job create(long documentId) {
        Job job = new Job(documentId);
        em.persist(job);
        return job;
    }

    /** Takes a queued job into processing; false when someone already did, or it was cancelled. */
    public boolean beginSplit(long jobId) {
        return update("""
                update job set status = 'processing', stage = 'split', updated_at = now(),
                       started_at = coalesce(started_at, now())
                 where id = ?1 and status = 'queued'""", jobId) == 1;
    }

    public void splitDone(long jobId, int pageCount) {
        update("""
                update job set stage = 'pages', pages_total = ?2, progress = greatest(progress, ?3), updated_at = now()
                 where id = ?1 and status = 'processing'""", jobId, pageCount, Progress.splitDone());
    }

    public void pageStarted(long jobId, int pageNumber) {
        update("update job set current_page = ?2, updated_at = now() where id = ?1 and status = 'processing'",
                jobId, pageNumber);
    }

    /**
     * Counts one page as finished (done or failed) and returns the new counts. The row lock taken by the
     * UPDATE orders concurrent page workers, so exactly one of them sees the last page finish.
     */
    public PageCounts pageFinished(long jobId, boolean failed) {
        Object[] row = (Object[]) em.createNativeQuery("""
                update job set pages_done = pages_done + ?2, pages_failed = pages_failed + ?3, updated_at = now()
                 where id = ?1
                returning pages_done, pages_failed, pages_total""")
                .setParameter(1, jobId)
                .setParameter(2, failed ? 0 : 1)
                .setParameter(3, failed ? 1 : 0)
                .getSingleResult();
        PageCounts counts = new PageCounts(((Number) row[0]).intValue(), ((Number) row[1]).intValue(),
                ((Number) row[2]).intValue());
        raiseProgress(jobId, Progress.pages(counts.finished(), counts.total()));
        return counts;
    }

    /** Moves a processing job to the next stage; false when it is no longer processing. */
    public boolean advance(long jobId, JobStage stage, int progress) {
        return update("""
                update job set stage = ?2, progress = greatest(progress, ?3), updated_at = now()
                 where id = ?1 and status = 'processing'""", jobId, stage.label(), progress) == 1;
    }

    public boolean recordIndexExecution(long jobId, long executionId) {
        return update("""
                update job set index_execution_id = ?2, updated_at = now()
                 where id = ?1 and status = 'processing' and index_execution_id is null""", jobId, executionId) == 1;
    }

    public void complete(long jobId) {
        update("""
                update job set status = 'completed', stage = 'done', progress = 100, current_page = null,
                       completed_at = now(), updated_at = now()
                 where id = ?1 and status = 'processing'""", jobId);
    }

    public void fail(long jobId, PipelineFailure failure) {
        update("""
                update job set status = 'failed', error_code = ?2, error_message = ?3, current_page = null,
                       failed_at = now(), updated_at = now()
                 where id = ?1 and status in ('queued', 'processing')""",
                jobId, failure.code().name(), failure.message());
    }

    private void raiseProgress(long jobId, int progress) {
        update("update job set progress = greatest(progress, ?2) where id = ?1", jobId, progress);
    }

    private int update(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.executeUpdate();
    }

    /** A job's page counters after an update. */
    public record PageCounts(int done, int failed, int total) {

        public int finished() {
            return done + failed;
        }

        public boolean allFinished() {
            return finished() >= total;
        }
    }
}
