package io.pageflow.job;

import java.util.EnumSet;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import io.pageflow.document.PageStatus;
import io.pageflow.error.ConflictException;
import io.pageflow.error.InvalidRequestException;
import io.pageflow.error.NotFoundException;
import io.pageflow.event.EventType;
import io.pageflow.messaging.PipelineMessenger;
import io.pageflow.state.JobStates;
import io.pageflow.state.PageStates;

/**
 * What a user can do to a job: cancel it, resume it from where it stopped, restart it from page 1, retry one
 * page, add or replace a page. Each locks the job row, checks that the action suits the job's state (else
 * {@link ConflictException}, a 409), moves the job and its pages through {@link JobStates} and
 * {@link PageStates}, and re-enqueues the work in the same transaction.
 */
@Stateless
public class JobActions {

    @PersistenceContext(unitName = "pageflow")
    EntityManager em;

    @Inject
    JobStates jobs;

    @Inject
    PageStates pages;

    @Inject
    PipelineMessenger messenger;

    @Inject
    io.pageflow.analysis.AnalysisActions analyses;

    /** No new work is handed out; pages already running finish, and the job ends {@code cancelled}. */
    public Job cancel(long jobId) {
        Job job = locked(jobId);
        requireStatus(job, "cancel", JobStatus.QUEUED, JobStatus.PROCESSING);
        jobs.cancel(jobId, job.getCurrentPage() == null ? null : "page " + job.getCurrentPage() + " was being processed");
        return refreshed(job);
    }

    /** Runs the pending and failed pages, then the later stages; completed pages are left as they are. */
    public Job resume(long jobId) {
        Job job = locked(jobId);
        requireStatus(job, "resume", JobStatus.FAILED, JobStatus.CANCELLED);
        if (job.getKind().worksOnAnalysisPages()) {
            analyses.resume(job);
            return refreshed(job);
        }
        if (job.getStage() == JobStage.SPLIT) {
            return requeueSplit(job, EventType.JOB_RESUMED);
        }
        pages.reset(job.getDocumentId(), null, EnumSet.of(PageStatus.FAILED), false);
        List<Integer> toRun = pagesToRun(job.getDocumentId());
        reopen(job, false, EventType.JOB_RESUMED, null, toRun.isEmpty() ? "every page is done; indexing again"
                : toRun.size() + " page(s) to run, from page " + toRun.get(0));
        enqueue(job, toRun);
        return refreshed(job);
    }

    /** Everything again from page 1, replacing the earlier results (chunks are upserted, never doubled). */
    public Job restart(long jobId) {
        Job job = locked(jobId);
        requireStatus(job, "restart", JobStatus.COMPLETED, JobStatus.FAILED, JobStatus.CANCELLED);
        if (job.getKind().worksOnAnalysisPages()) {
            analyses.restart(job);
            return refreshed(job);
        }
        if (job.getStage() == JobStage.SPLIT) {
            return requeueSplit(job, EventType.JOB_RESTARTED);
        }
        pages.reset(job.getDocumentId(), null, EnumSet.allOf(PageStatus.class), true);
        List<Integer> toRun = pagesToRun(job.getDocumentId());
        reopen(job, true, EventType.JOB_RESTARTED, null, toRun.size() + " page(s) to run");
        enqueue(job, toRun);
        return refreshed(job);
    }

    /** Runs one page again, then re-indexes and re-exports the document. */
    public Job retryPage(long jobId, int pageNumber) {
        Job job = locked(jobId);
        requireStatus(job, "retry a page of", JobStatus.COMPLETED, JobStatus.FAILED);
        if (job.getKind().worksOnAnalysisPages()) {
            analyses.retryPage(job, pageNumber);
            return refreshed(job);
        }
        List<Integer> pending = pagesToRun(job.getDocumentId());
        if (!pending.isEmpty()) {
            throw new ConflictException("PAGES_PENDING", "Job " + jobId + " has " + pending.size()
                    + " pages that never ran (from page " + pending.get(0) + "); resume the job instead");
        }
        if (pages.reset(job.getDocumentId(), pageNumber, EnumSet.of(PageStatus.COMPLETED, PageStatus.FAILED), false) == 0) {
            throw new NotFoundException("Job " + jobId + " has no finished page " + pageNumber);
        }
        reopen(job, false, EventType.PAGE_RETRY_REQUESTED, pageNumber, "page " + pageNumber);
        enqueue(job, List.of(pageNumber));
        return refreshed(job);
    }

    /**
     * Adds a page to a document, at the end or at {@code position} (later pages move up by one), then runs it
     * and re-indexes the document.
     */
    public Job addPage(long documentId, String sourceKey, Integer position) {
        Job job = lockedJobOf(documentId);
        int count = em.createQuery("select count(p) from Page p where p.documentId = :d", Long.class)
                .setParameter("d", documentId).getSingleResult().intValue();
        int number = position == null ? count + 1 : position;
        if (number < 1 || number > count + 1) {
            throw new InvalidRequestException("BAD_POSITION", "position must be 1 to " + (count + 1));
        }
        // Two steps, so that the unique (document_id, page_number) key holds after each statement.
        em.createQuery("update Page p set p.pageNumber = -p.pageNumber - 1 where p.documentId = :d and p.pageNumber >= :n")
                .setParameter("d", documentId).setParameter("n", number).executeUpdate();
        em.createQuery("update Page p set p.pageNumber = -p.pageNumber where p.documentId = :d and p.pageNumber < 0")
                .setParameter("d", documentId).executeUpdate();
        em.persist(new io.pageflow.document.Page(documentId, number, sourceKey));
        em.createQuery("update Document d set d.pageCount = :n where d.id = :d")
                .setParameter("n", count + 1).setParameter("d", documentId).executeUpdate();
        jobs.setPagesTotal(job.getId(), count + 1);
        reopen(job, false, EventType.PAGE_ADDED, number, "page " + number + " added");
        enqueue(job, List.of(number));
        return refreshed(job);
    }

    /** Replaces the source of page {@code n} and runs that page again, then re-indexes the document. */
    public Job replacePage(long documentId, int pageNumber, String sourceKey) {
        Job job = lockedJobOf(documentId);
        if (!pages.replaceSource(documentId, pageNumber, sourceKey)) {
            throw new NotFoundException("Document " + documentId + " has no page " + pageNumber + " to replace");
        }
        pages.reset(documentId, pageNumber, EnumSet.allOf(PageStatus.class), true);
        reopen(job, false, EventType.PAGE_REPLACED, pageNumber, "page " + pageNumber + " replaced");
        enqueue(job, List.of(pageNumber));
        return refreshed(job);
    }

    /** The document's job, locked; a document whose pages are being processed cannot be edited (409). */
    private Job lockedJobOf(long documentId) {
        List<Long> ids = em.createQuery("select j.id from Job j where j.documentId = :d and j.kind = :ingest order by j.id desc", Long.class)
                .setParameter("d", documentId).setParameter("ingest", JobKind.INGEST).setMaxResults(1).getResultList();
        if (ids.isEmpty()) {
            throw new NotFoundException("Document " + documentId + " does not exist");
        }
        Job job = locked(ids.get(0));
        if (job.getStatus() == JobStatus.QUEUED || job.getStatus() == JobStatus.PROCESSING) {
            throw new ConflictException("DOCUMENT_BUSY", "Job " + job.getId() + " is " + job.getStatus().label()
                    + " on document " + documentId + "; change its pages when it has ended");
        }
        return job;
    }

    /** Back to processing in the pages stage, counters recounted from the page rows. */
    private void reopen(Job job, boolean newRun, EventType type, Integer pageNumber, String note) {
        jobs.reopen(job.getId(), newRun, countPages(job.getDocumentId(), PageStatus.COMPLETED),
                countPages(job.getDocumentId(), PageStatus.FAILED), type, pageNumber, note);
    }

    private Job requeueSplit(Job job, EventType type) {
        jobs.requeue(job.getId(), type, "the document is split again");
        messenger.split(job.getId(), job.getPriority());
        return refreshed(job);
    }

    private void enqueue(Job job, List<Integer> toRun) {
        if (toRun.isEmpty()) {
            if (jobs.advance(job.getId(), JobStage.PAGES, JobStage.CLASSIFY, Progress.classifyStarted(), "pages: nothing to run")) {
                messenger.classify(job.getId());
            }
            return;
        }
        for (int page : toRun) {
            messenger.page(job.getId(), page, job.getPriority());
        }
    }

    private List<Integer> pagesToRun(long documentId) {
        return em.createQuery("""
                select p.pageNumber from Page p where p.documentId = :id and p.status = :pending order by p.pageNumber""",
                Integer.class)
                .setParameter("id", documentId)
                .setParameter("pending", PageStatus.PENDING)
                .getResultList();
    }

    private int countPages(long documentId, PageStatus status) {
        return em.createQuery("select count(p) from Page p where p.documentId = :id and p.status = :status", Long.class)
                .setParameter("id", documentId)
                .setParameter("status", status)
                .getSingleResult().intValue();
    }

    private Job locked(long jobId) {
        Job job = em.find(Job.class, jobId, LockModeType.PESSIMISTIC_WRITE);
        if (job == null) {
            throw new NotFoundException("Job " + jobId + " does not exist");
        }
        return job;
    }

    private static void requireStatus(Job job, String action, JobStatus... allowed) {
        for (JobStatus status : allowed) {
            if (job.getStatus() == status) {
                return;
            }
        }
        throw new ConflictException("JOB_" + job.getStatus().name(), "Cannot " + action + " job " + job.getId()
                + ": it is " + job.getStatus().label());
    }

    private Job refreshed(Job job) {
        em.flush();
        em.refresh(job);
        return job;
    }
}
