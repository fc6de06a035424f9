package io.pageflow.state;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import io.pageflow.cluster.LeaseSettings;
import io.pageflow.cluster.NodeIdentity;
import io.pageflow.error.PipelineFailure;
import io.pageflow.event.EventLog;
import io.pageflow.event.EventType;
import io.pageflow.job.Job;
import io.pageflow.job.JobOptions;
import io.pageflow.job.JobStage;
import io.pageflow.job.JobStatus;
import io.pageflow.job.Progress;

/**
 * Applies the {@link JobTransition}s and the stage steps within {@code processing}. Each is one update guarded
 * by the status (and stage) it leaves: a duplicate message or a second worker changes zero rows and backs off.
 * Each change that happens is written to the job's audit trail in the same transaction; a job's end (complete,
 * fail, cancel) is also announced there as a {@link JobEnded} event.
 */
@Stateless
public class JobStates {

    /** Raises progress, never lowers it. */
    private static final String RAISE_PROGRESS = "j.progress = case when j.progress < :progress then :progress else j.progress end";

    @PersistenceContext(unitName = "pageflow")
    EntityManager em;

    @Inject
    EventLog events;

    @Inject
    NodeIdentity node;

    @Inject
    LeaseSettings leases;

    @Inject
    Event<JobEnded> ended;

    /** A new job, {@code queued}. */
    public Job create(long documentId, JobOptions options) {
        Job job = new Job(documentId, options);
        em.persist(job);
        em.flush();
        em.refresh(job); // reads the title the database derives (see Job#title)
        events.record(job.getId(), null, EventType.JOB_QUEUED, "priority " + options.priority()
                + ", onPageError " + options.onPageError());
        return job;
    }

    /** {@link JobTransition#BEGIN}: the split stage takes the job; false when someone did, or it was cancelled. */
    public boolean begin(long jobId) {
        boolean begun = transition(jobId, JobTransition.BEGIN,
                "j.stage = :split, j.pagesSplit = 0, j.startedAt = coalesce(j.startedAt, :now)", "")
                .setParameter("split", JobStage.SPLIT)
                .executeUpdate() == 1;
        if (begun) {
            events.record(jobId, null, EventType.STAGE_STARTED, JobStage.SPLIT.label());
        }
        return begun;
    }

    /**
     * Takes the split stage's next slice, pages {@code first} to {@code last}: true for the one delivery that
     * finds the slice before it done, false for a duplicate or a job that stopped.
     */
    public boolean takeSlice(long jobId, int first, int last, int pagesTotal) {
        return em.createQuery("""
                update Job j set j.pagesSplit = :last, j.pagesTotal = :total, j.updatedAt = :now
                 where j.id = :id and j.status = :processing and j.stage = :split and j.pagesSplit = :before""")
                .setParameter("last", last)
                .setParameter("total", pagesTotal)
                .setParameter("now", OffsetDateTime.now())
                .setParameter("id", jobId)
                .setParameter("processing", JobStatus.PROCESSING)
                .setParameter("split", JobStage.SPLIT)
                .setParameter("before", first - 1)
                .executeUpdate() == 1;
    }

    /** The split stage wrote all {@code pages} pages: on to the pages stage. */
    public boolean split(long jobId, int pages, int progress) {
        boolean moved = step(jobId, JobStage.SPLIT, JobStage.PAGES, progress, ", j.pagesTotal = :pages")
                .setParameter("pages", pages)
                .executeUpdate() == 1;
        if (moved) {
            events.record(jobId, null, EventType.STAGE_FINISHED, "split: " + pages + " pages");
            events.record(jobId, null, EventType.STAGE_STARTED, JobStage.PAGES.label());
        }
        return moved;
    }

    /**
     * The job when it is {@code processing} in {@code stage}: the only case in which a stage's message has work
     * to do. Empty for a late or duplicate message (the job moved on, ended, or is gone).
     */
    public Optional<Job> processingIn(long jobId, JobStage stage) {
        Job job = em.find(Job.class, jobId);
        return job != null && job.getStatus() == JobStatus.PROCESSING && job.getStage() == stage
                ? Optional.of(job) : Optional.empty();
    }

    /** A step from one stage to the next within {@code processing}; false when the job is elsewhere. */
    public boolean advance(long jobId, JobStage from, JobStage to, int progress, String finished) {
        boolean moved = step(jobId, from, to, progress, "").executeUpdate() == 1;
        if (moved) {
            events.record(jobId, null, EventType.STAGE_FINISHED, finished);
            events.record(jobId, null, EventType.STAGE_STARTED, to.label());
        }
        return moved;
    }

    /**
     * Counts one page as finished (done or failed) and returns the new counts. The update's row lock orders
     * concurrent page workers, so exactly one of them sees the last page finish.
     */
    public PageCounts pageFinished(long jobId, boolean failed) {
        return pagesFinished(jobId, failed ? 0 : 1, failed ? 1 : 0);
    }

    /** Counts several pages as finished at once (those the split stage read itself), as {@link #pageFinished} does. */
    public PageCounts pagesFinished(long jobId, int done, int failed) {
        em.createQuery("""
                update Job j set j.pagesDone = j.pagesDone + :done, j.pagesFailed = j.pagesFailed + :failed,
                       j.updatedAt = :now
                 where j.id = :id""")
                .setParameter("done", done)
                .setParameter("failed", failed)
                .setParameter("now", OffsetDateTime.now())
                .setParameter("id", jobId)
                .executeUpdate();
        PageCounts counts = counts(jobId);
        em.createQuery("update Job j set " + RAISE_PROGRESS + " where j.id = :id")
                .setParameter("progress", Progress.pages(counts.finished(), counts.total()))
                .setParameter("id", jobId)
                .executeUpdate();
        return counts;
    }

    /** The job's page counters as they are now. */
    public PageCounts counts(long jobId) {
        Object[] row = em.createQuery("""
                select j.pagesDone, j.pagesFailed, j.pagesTotal, j.status, j.stage, j.onPageError from Job j
                 where j.id = :id""", Object[].class)
                .setParameter("id", jobId)
                .getSingleResult();
        return new PageCounts((Integer) row[0], (Integer) row[1], (Integer) row[2], (JobStatus) row[3],
                (JobStage) row[4], Job.ON_PAGE_ERROR_STOP.equals(row[5]));
    }

    /** Leases the index stage to this node, unless another live node has it or it already started. */
    public boolean leaseIndex(long jobId) {
        OffsetDateTime now = OffsetDateTime.now();
        return em.createQuery("""
                update Job j set j.leasedBy = :holder, j.leaseExpiresAt = :until, j.updatedAt = :now
                 where j.id = :id and j.status = :processing and j.stage = :index and j.indexExecutionId is null
                   and (j.leasedBy is null or j.leaseExpiresAt < :now)""")
                .setParameter("holder", node.id())
                .setParameter("until", now.plusSeconds(leases.leaseSeconds()))
                .setParameter("now", now)
                .setParameter("id", jobId)
                .setParameter("processing", JobStatus.PROCESSING)
                .setParameter("index", JobStage.INDEX)
                .executeUpdate() == 1;
    }

    /** Records the batch execution that indexes the job, started by this node after its lease committed. */
    public boolean indexStarted(long jobId, long executionId) {
        return em.createQuery("""
                update Job j set j.indexExecutionId = :execution, j.updatedAt = :now
                 where j.id = :id and j.status = :processing and j.stage = :index and j.leasedBy = :holder""")
                .setParameter("execution", executionId)
                .setParameter("now", OffsetDateTime.now())
                .setParameter("id", jobId)
                .setParameter("processing", JobStatus.PROCESSING)
                .setParameter("index", JobStage.INDEX)
                .setParameter("holder", node.id())
                .executeUpdate() == 1;
    }

    /**
     * The index stage stopped without finishing (shutdown, or its start failed) or lost its node: forget the
     * execution and let the lease run out now, so the reaper hands the stage out on its next tick.
     */
    public boolean indexInterrupted(long jobId) {
        return em.createQuery("""
                update Job j set j.indexExecutionId = null, j.leaseExpiresAt = :now
                 where j.id = :id and j.status = :processing and j.stage = :index""")
                .setParameter("now", OffsetDateTime.now())
                .setParameter("id", jobId)
                .setParameter("processing", JobStatus.PROCESSING)
                .setParameter("index", JobStage.INDEX)
                .executeUpdate() == 1;
    }

    /** The reaper found the index stage's lease expired: free it for the next index message. */
    public void indexLeaseExpired(long jobId, String note) {
        int freed = em.createQuery("""
                update Job j set j.indexExecutionId = null, j.leasedBy = null, j.leaseExpiresAt = null
                 where j.id = :id and j.status = :processing and j.stage = :index and j.leaseExpiresAt < :now""")
                .setParameter("id", jobId)
                .setParameter("processing", JobStatus.PROCESSING)
                .setParameter("index", JobStage.INDEX)
                .setParameter("now", OffsetDateTime.now())
                .executeUpdate();
        if (freed == 1) {
            events.record(jobId, null, EventType.LEASE_EXPIRED, note);
        }
    }

    /** The heartbeat for index stages running in this JVM, and only those. */
    public int renewIndexLeases(Set<Long> running) {
        if (running.isEmpty()) {
            return 0;
        }
        return em.createQuery("""
                update Job j set j.leaseExpiresAt = :until
                 where j.id in :ids and j.leasedBy = :holder and j.status = :processing""")
                .setParameter("until", OffsetDateTime.now().plusSeconds(leases.leaseSeconds()))
                .setParameter("ids", running)
                .setParameter("holder", node.id())
                .setParameter("processing", JobStatus.PROCESSING)
                .executeUpdate();
    }

    /** {@link JobTransition#COMPLETE}, after the export. */
    public boolean complete(long jobId) {
        return complete(jobId, JobStage.EXPORT, JobStage.EXPORT.label());
    }

    /** {@link JobTransition#COMPLETE} of a job whose last stage is {@code last} (an analysis, a consolidation). */
    public boolean complete(long jobId, JobStage last, String finished) {
        boolean completed = transition(jobId, JobTransition.COMPLETE,
                "j.stage = :done, j.progress = 100, j.completedAt = :now", " and j.stage = :last")
                .setParameter("done", JobStage.DONE)
                .setParameter("last", last)
                .executeUpdate() == 1;
        return completed(jobId, completed, finished);
    }

    /**
     * {@link JobTransition#COMPLETE}, after the conversion gateway's stage stored its answer at {@code resultPath}.
     *
     * @param finished what the stage did, for the trail
     */
    public boolean converted(long jobId, String resultPath, String finished) {
        boolean completed = transition(jobId, JobTransition.COMPLETE,
                "j.stage = :done, j.progress = 100, j.completedAt = :now, j.resultPath = :path", " and j.stage = :last")
                .setParameter("done", JobStage.DONE)
                .setParameter("last", JobStage.GATEWAY)
                .setParameter("path", resultPath)
                .executeUpdate() == 1;
        return completed(jobId, completed, finished);
    }

    private boolean completed(long jobId, boolean completed, String finished) {
        if (completed) {
            events.record(jobId, null, EventType.STAGE_FINISHED, finished);
            events.record(jobId, null, EventType.JOB_COMPLETED, (String) null);
            ended.fire(new JobEnded(jobId, JobStatus.COMPLETED));
        }
        return completed;
    }

    /** {@link JobTransition#FAIL}. */
    public boolean fail(long jobId, PipelineFailure failure) {
        boolean failed = transition(jobId, JobTransition.FAIL,
                "j.errorCode = :code, j.errorMessage = :message, j.failedAt = :now", "")
                .setParameter("code", failure.code().name())
                .setParameter("message", failure.message())
                .executeUpdate() == 1;
        if (failed) {
            events.record(jobId, null, EventType.JOB_FAILED, failure);
            ended.fire(new JobEnded(jobId, JobStatus.FAILED));
        }
        return failed;
    }

    /** {@link JobTransition#CANCEL}: no new work is handed out; pages already running finish. */
    public boolean cancel(long jobId, String note) {
        boolean cancelled = transition(jobId, JobTransition.CANCEL, "j.cancelledAt = :now", "")
                .executeUpdate() == 1;
        if (cancelled) {
            events.record(jobId, null, EventType.JOB_CANCELLED, note);
            ended.fire(new JobEnded(jobId, JobStatus.CANCELLED));
        }
        return cancelled;
    }

    /**
     * {@link JobTransition#REOPEN}: back to processing in the pages stage, with the page counters as the page
     * rows say; a new run also starts its clock and progress from zero.
     *
     * @param pageNumber the page the event is about (a retried, added or replaced page), or null
     */
    public boolean reopen(long jobId, boolean newRun, int pagesDone, int pagesFailed, EventType type,
            Integer pageNumber, String note) {
        return reopen(jobId, JobStage.PAGES, newRun, pagesDone, pagesFailed, type, pageNumber, note);
    }

    /**
     * {@link JobTransition#REOPEN} into {@code stage}: {@code pages} for an ingestion, the one stage of an analysis
     * or a consolidation. A new run also finds its items from zero.
     */
    public boolean reopen(long jobId, JobStage stage, boolean newRun, int pagesDone, int pagesFailed, EventType type,
            Integer pageNumber, String note) {
        boolean reopened = transition(jobId, JobTransition.REOPEN, """
                j.stage = :pages, j.errorCode = null, j.errorMessage = null, j.failedAt = null, j.cancelledAt = null,
                j.completedAt = null, j.indexExecutionId = null, j.pagesDone = :done, j.pagesFailed = :failed,
                j.startedAt = case when :newRun = true then :now else coalesce(j.startedAt, :now) end,
                j.progress = case when :newRun = true then 0 else j.progress end,
                j.itemsFound = case when :newRun = true then 0 else j.itemsFound end""", "")
                .setParameter("pages", stage)
                .setParameter("done", pagesDone)
                .setParameter("failed", pagesFailed)
                .setParameter("newRun", newRun)
                .executeUpdate() == 1;
        if (reopened) {
            events.record(jobId, pageNumber, type, note);
        }
        return reopened;
    }

    /**
     * {@link JobTransition#BEGIN} of a job that starts in {@code stage} (an analysis or a consolidation: no split).
     * False when someone began it, or it was cancelled.
     */
    public boolean begin(long jobId, JobStage stage) {
        boolean begun = transition(jobId, JobTransition.BEGIN, "j.stage = :stage, j.startedAt = coalesce(j.startedAt, :now)",
                "")
                .setParameter("stage", stage)
                .executeUpdate() == 1;
        if (begun) {
            events.record(jobId, null, EventType.STAGE_STARTED, stage.label());
        }
        return begun;
    }

    /**
     * The page an analysis or consolidation is working on, for those watching it. Its own short transaction,
     * so that it shows while the page is worked on (the page's result commits with the page).
     */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.REQUIRES_NEW)
    public void showCurrentPage(long jobId, JobStage stage, int pageNumber) {
        em.createQuery("""
                update Job j set j.currentPage = :page, j.updatedAt = :now
                 where j.id = :id and j.status = :processing and j.stage = :stage""")
                .setParameter("page", pageNumber)
                .setParameter("now", OffsetDateTime.now())
                .setParameter("id", jobId)
                .setParameter("processing", JobStatus.PROCESSING)
                .setParameter("stage", stage)
                .executeUpdate();
    }

    /**
     * Counts pages of an analysis or consolidation as finished, like {@link #pageFinished}, and raises the
     * items found to {@code items} (never lowers it, so that a watcher never sees it go back).
     */
    public PageCounts analysisPagesFinished(long jobId, int done, int failed, int items) {
        em.createQuery("""
                update Job j set j.pagesDone = j.pagesDone + :done, j.pagesFailed = j.pagesFailed + :failed,
                       j.itemsFound = case when j.itemsFound < :items then :items else j.itemsFound end,
                       j.updatedAt = :now
                 where j.id = :id""")
                .setParameter("done", done)
                .setParameter("failed", failed)
                .setParameter("items", items)
                .setParameter("now", OffsetDateTime.now())
                .setParameter("id", jobId)
                .executeUpdate();
        PageCounts counts = counts(jobId);
        em.createQuery("update Job j set " + RAISE_PROGRESS + " where j.id = :id")
                .setParameter("progress", counts.total() == 0 ? 99 : Math.min(99, counts.finished() * 100 / counts.total()))
                .setParameter("id", jobId)
                .executeUpdate();
        return counts;
    }

    /** {@link JobTransition#REQUEUE}: a job that never got its pages is split again. */
    public boolean requeue(long jobId, EventType type, String note) {
        boolean requeued = transition(jobId, JobTransition.REQUEUE, """
                j.stage = :split, j.pagesSplit = 0, j.errorCode = null, j.errorMessage = null, j.failedAt = null,
                j.cancelledAt = null, j.completedAt = null""", "")
                .setParameter("split", JobStage.SPLIT)
                .executeUpdate() == 1;
        if (requeued) {
            events.record(jobId, null, type, note);
        }
        return requeued;
    }

    /** The page count of a job whose document gained a page (not a transition: the job is not running). */
    public void setPagesTotal(long jobId, int pages) {
        em.createQuery("update Job j set j.pagesTotal = :pages, j.updatedAt = :now where j.id = :id")
                .setParameter("pages", pages)
                .setParameter("now", OffsetDateTime.now())
                .setParameter("id", jobId)
                .executeUpdate();
    }

    /**
     * An update that moves the job's status as {@code transition} says, guarded by the statuses it leaves. Every
     * status change also clears what belongs to the running job: its current page and any lease.
     */
    private Query transition(long jobId, JobTransition transition, String assignments, String guard) {
        return em.createQuery("update Job j set j.status = :to, " + assignments + """
                , j.currentPage = null, j.leasedBy = null, j.leaseExpiresAt = null, j.updatedAt = :now
                 where j.id = :id and j.status in :from""" + guard)
                .setParameter("to", transition.to())
                .setParameter("now", OffsetDateTime.now())
                .setParameter("id", jobId)
                .setParameter("from", transition.from());
    }

    private Query step(long jobId, JobStage from, JobStage to, int progress, String assignments) {
        return em.createQuery("update Job j set j.stage = :to, " + RAISE_PROGRESS + assignments + """
                , j.updatedAt = :now
                 where j.id = :id and j.status = :processing and j.stage = :from""")
                .setParameter("to", to)
                .setParameter("progress", progress)
                .setParameter("now", OffsetDateTime.now())
                .setParameter("id", jobId)
                .setParameter("processing", JobStatus.PROCESSING)
                .setParameter("from", from);
    }

    /**
     * A job's page counters after an update, with what decides what happens next.
     *
     * @param status        the job's status after the update (a page may finish after its job failed)
     * @param stage         the job's stage (pages finish while a long document is still being split)
     * @param stopOnFailure whether the job's onPageError policy is {@code stop}
     */
    public record PageCounts(int done, int failed, int total, JobStatus status, JobStage stage,
            boolean stopOnFailure) {

        public int finished() {
            return done + failed;
        }

        public boolean allFinished() {
            return finished() >= total;
        }
    }
}
