package io.pageflow.job;

import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import io.pageflow.error.ConflictException;
import io.pageflow.error.InvalidRequestException;
import io.pageflow.error.NotFoundException;
import io.pageflow.event.EventLog;
import io.pageflow.event.EventType;
import io.pageflow.messaging.PipelineMessenger;

/**
 * What a user can do to a job: cancel it, resume it from where it stopped, restart it from page 1, or
 * retry one page. Each locks the job row, checks its state (else {@link ConflictException}, a 409),
 * resets only the rows it must, and re-enqueues the work in the same transaction.
 */
@Stateless
public class JobActions {

    @PersistenceContext(unitName = "pageflow")
    EntityManager em;

    @Inject
    PipelineMessenger messenger;

    @Inject
    EventLog events;

    /** No new work is handed out; pages already running finish, and the job ends {@code cancelled}. */
    public Job cancel(long jobId) {
        Job job = locked(jobId);
        requireStatus(job, "cancel", JobStatus.QUEUED, JobStatus.PROCESSING);
        Statements.update(em, """
                update job set status = 'cancelled', cancelled_at = now(), current_page = null, leased_by = null,
                       lease_expires_at = null, updated_at = now() where id = ?1""", jobId);
        events.record(jobId, null, EventType.JOB_CANCELLED, null == job.getCurrentPage() ? null
                : "page " + job.getCurrentPage() + " was being processed");
        return refreshed(job);
    }

    /** Runs the pending and failed pages, then the later stages; completed pages are left as they are. */
    public Job resume(long jobId) {
        Job job = locked(jobId);
        requireStatus(job, "resume", JobStatus.FAILED, JobStatus.CANCELLED);
        if (job.getPagesTotal() == 0) {
            return requeueSplit(job, EventType.JOB_RESUMED);
        }
        Statements.update(em, """
                update page set status = 'pending', error_code = null, error_message = null, attempts = 0
                 where document_id = ?1 and status = 'failed'""", job.getDocumentId());
        List<Integer> toRun = pagesToRun(job.getDocumentId());
        reopen(job, false);
        events.record(jobId, null, EventType.JOB_RESUMED, toRun.isEmpty() ? "every page is done; indexing again"
                : toRun.size() + " page(s) to run, from page " + toRun.get(0));
        enqueue(job, toRun);
        return refreshed(job);
    }

    /** Everything again from page 1, replacing the earlier results (chunks are upserted, never doubled). */
    public Job restart(long jobId) {
        Job job = locked(jobId);
        requireStatus(job, "restart", JobStatus.COMPLETED, JobStatus.FAILED, JobStatus.CANCELLED);
        if (job.getPagesTotal() == 0) {
            return requeueSplit(job, EventType.JOB_RESTARTED);
        }
        Statements.update(em, """
                update page set status = 'pending', text = null, text_source = null, confidence = null,
                       error_code = null, error_message = null, attempts = 0, duration_ms = null,
                       started_at = null, completed_at = null, leased_by = null, lease_expires_at = null,
                       review = 'unreviewed', review_note = null, reviewed_at = null
                 where document_id = ?1 and status <> 'processing'""", job.getDocumentId());
        reopen(job, true);
        List<Integer> toRun = pagesToRun(job.getDocumentId());
        events.record(jobId, null, EventType.JOB_RESTARTED, toRun.size() + " page(s) to run");
        enqueue(job, toRun);
        return refreshed(job);
    }

    /** Runs one page again, then re-indexes and re-exports the document. */
    public Job retryPage(long jobId, int pageNumber) {
        Job job = locked(jobId);
        requireStatus(job, "retry a page of", JobStatus.COMPLETED, JobStatus.FAILED);
        List<Integer> pending = pagesToRun(job.getDocumentId());
        if (!pending.isEmpty()) {
            throw new ConflictException("PAGES_PENDING", "Job " + jobId + " has " + pending.size()
                    + " pages that never ran (from page " + pending.get(0) + "); resume the job instead");
        }
        int reset = Statements.update(em, """
                update page set status = 'pending', error_code = null, error_message = null, attempts = 0
                 where document_id = ?1 and page_number = ?2 and status in ('completed', 'failed')""",
                job.getDocumentId(), pageNumber);
        if (reset == 0) {
            throw new ConflictException("NO_SUCH_PAGE", "Job " + jobId + " has no finished page " + pageNumber);
        }
        reopen(job, false);
        events.record(jobId, pageNumber, EventType.PAGE_RETRY_REQUESTED, "page " + pageNumber);
        enqueue(job, List.of(pageNumber));
        return refreshed(job);
    }

    /**
     * Adds a page to a document, at the end or at {@code position} (later pages move up by one), then runs it
     * and re-indexes the document.
     */
    public Job addPage(long documentId, String sourceKey, Integer position) {
        Job job = lockedJobOf(documentId);
        int count = ((Number) em.createNativeQuery("select count(*) from page where document_id = ?1")
                .setParameter(1, documentId).getSingleResult()).intValue();
        int number = position == null ? count + 1 : position;
        if (number < 1 || number > count + 1) {
            throw new InvalidRequestException("BAD_POSITION", "position must be 1 to " + (count + 1));
        }
        // Two steps, so that the unique (document_id, page_number) key holds after each statement.
        Statements.update(em, "update page set page_number = -page_number - 1 where document_id = ?1 and page_number >= ?2",
                documentId, number);
        Statements.update(em, "update page set page_number = -page_number where document_id = ?1 and page_number < 0", documentId);
        Statements.update(em, "insert into page (document_id, page_number, status, source_key) values (?1, ?2, 'pending', ?3)",
                documentId, number, sourceKey);
        Statements.update(em, "update document set page_count = ?2 where id = ?1", documentId, count + 1);
        Statements.update(em, "update job set pages_total = ?2 where id = ?1", job.getId(), count + 1);
        reopen(job, false);
        events.record(job.getId(), number, EventType.PAGE_ADDED, "page " + number + " added");
        enqueue(job, List.of(number));
        return refreshed(job);
    }

    /** Replaces the image of page {@code n} and runs that page again, then re-indexes the document. */
    public Job replacePage(long documentId, int pageNumber, String sourceKey) {
        Job job = lockedJobOf(documentId);
        int replaced = Statements.update(em, "update page set source_key = ?3, image_key = null, status = 'pending', text = null,"
                + " text_source = null, confidence = null, error_code = null, error_message = null, attempts = 0,"
                + " duration_ms = null, started_at = null, completed_at = null,"
                + " review = 'unreviewed', review_note = null, reviewed_at = null"
                + " where document_id = ?1 and page_number = ?2", documentId, pageNumber, sourceKey);
        if (replaced == 0) {
            throw new NotFoundException("Document " + documentId + " has no page " + pageNumber);
        }
        reopen(job, false);
        events.record(job.getId(), pageNumber, EventType.PAGE_REPLACED, "page " + pageNumber + " replaced");
        enqueue(job, List.of(pageNumber));
        return refreshed(job);
    }

    /** The document's job, locked; a document whose pages are being processed cannot be edited (409). */
    private Job lockedJobOf(long documentId) {
        List<Long> ids = em.createQuery("select j.id from Job j where j.documentId = :d order by j.id desc", Long.class)
                .setParameter("d", documentId).setMaxResults(1).getResultList();
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
    private void reopen(Job job, boolean newRun) {
        Statements.update(em, """
                update job j set status = 'processing', stage = 'pages', error_code = null, error_message = null,
                       failed_at = null, cancelled_at = null, completed_at = null, current_page = null,
                       index_execution_id = null, leased_by = null, lease_expires_at = null, updated_at = now(),
                       started_at = case when ?2 then now() else coalesce(j.started_at, now()) end,
                       progress = case when ?2 then 0 else j.progress end,
                       pages_done = (select count(*) from page p where p.document_id = j.document_id and p.status = 'completed'),
                       pages_failed = (select count(*) from page p where p.document_id = j.document_id and p.status = 'failed')
                 where j.id = ?1""", job.getId(), newRun);
    }

    private Job requeueSplit(Job job, EventType type) {
        Statements.update(em, """
                update job set status = 'queued', stage = 'split', error_code = null, error_message = null,
                       failed_at = null, cancelled_at = null, completed_at = null, updated_at = now() where id = ?1""",
                job.getId());
        events.record(job.getId(), null, type, "the document is split again");
        messenger.split(job.getId(), job.getPriority());
        return refreshed(job);
    }

    private void enqueue(Job job, List<Integer> pages) {
        if (pages.isEmpty()) {
            Statements.update(em, "update job set stage = 'index' where id = ?1", job.getId());
            messenger.index(job.getId());
            return;
        }
        for (int page : pages) {
            messenger.page(job.getId(), page, job.getPriority());
        }
    }

    private List<Integer> pagesToRun(long documentId) {
        return em.createQuery("""
                select p.pageNumber from Page p
                 where p.documentId = :id and p.status = io.pageflow.document.PageStatus.PENDING
                 order by p.pageNumber""", Integer.class)
                .setParameter("id", documentId)
                .getResultList();
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
