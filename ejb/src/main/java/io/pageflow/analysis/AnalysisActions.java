package io.pageflow.analysis;

import java.util.EnumSet;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import io.pageflow.document.PageStatus;
import io.pageflow.error.ConflictException;
import io.pageflow.error.NotFoundException;
import io.pageflow.event.EventType;
import io.pageflow.job.Job;
import io.pageflow.job.JobKind;
import io.pageflow.messaging.PipelineMessenger;
import io.pageflow.state.AnalysisPageStates;
import io.pageflow.state.JobStates;

/**
 * Resume, restart and retry of analyses and consolidations, called by {@link io.pageflow.job.JobActions} for jobs
 * of those kinds with the job row already locked and its status checked. The pages move through
 * {@link AnalysisPageStates}, the job through {@link JobStates}, and the first message goes out in the same
 * transaction.
 */
@Stateless
public class AnalysisActions {

    @PersistenceContext(unitName = "pageflow")
    EntityManager em;

    @Inject
    JobStates jobs;

    @Inject
    AnalysisPageStates pages;

    @Inject
    PipelineMessenger messenger;

    /** The failed (and any interrupted) pages run again, from the first unfinished one; completed pages stay. */
    public void resume(Job job) {
        pages.reset(job.getId(), null, EnumSet.of(PageStatus.FAILED, PageStatus.PROCESSING), false);
        int pending = pages.count(job.getId(), PageStatus.PENDING);
        Integer first = firstPending(job.getId());
        reopen(job, false, EventType.JOB_RESUMED, null, pending == 0 ? "every page is done"
                : pending + " page(s) to run, from page " + first);
    }

    /** Every page again from page 1; a consolidation also forgets the items it merged. */
    public void restart(Job job) {
        pages.reset(job.getId(), null, EnumSet.allOf(PageStatus.class), true);
        if (job.getKind() == JobKind.CONSOLIDATION) {
            em.createQuery("delete from ConsolidatedItem i where i.jobId = :job").setParameter("job", job.getId())
                    .executeUpdate();
        }
        reopen(job, true, EventType.JOB_RESTARTED, null, job.getPagesTotal() + " page(s) to run");
    }

    /** One finished page of an analysis again. */
    public void retryPage(Job job, int pageNumber) {
        if (job.getKind() != JobKind.ANALYSIS) {
            throw new ConflictException("NOT_AN_ANALYSIS", "Only an analysis's pages can be retried one by one; "
                    + "restart consolidation " + job.getId() + " instead");
        }
        Integer first = firstPending(job.getId());
        if (first != null) {
            throw new ConflictException("PAGES_PENDING", "Job " + job.getId() + " has pages that never ran (from page "
                    + first + "); resume the job instead");
        }
        if (pages.reset(job.getId(), pageNumber, EnumSet.of(PageStatus.COMPLETED, PageStatus.FAILED), false) == 0) {
            throw new NotFoundException("Job " + job.getId() + " has no finished page " + pageNumber);
        }
        reopen(job, false, EventType.PAGE_RETRY_REQUESTED, pageNumber, "page " + pageNumber);
    }

    private void reopen(Job job, boolean newRun, EventType type, Integer pageNumber, String note) {
        jobs.reopen(job.getId(), job.getKind().firstStage(), newRun, pages.count(job.getId(), PageStatus.COMPLETED),
                pages.count(job.getId(), PageStatus.FAILED), type, pageNumber, note);
        if (job.getKind() == JobKind.ANALYSIS) {
            messenger.analyze(job.getId());
        } else {
            messenger.consolidate(job.getId());
        }
    }

    private Integer firstPending(long jobId) {
        return em.createQuery("select min(p.pageNumber) from AnalysisPage p where p.jobId = :job and p.status = :pending",
                        Integer.class)
                .setParameter("job", jobId).setParameter("pending", PageStatus.PENDING).getSingleResult();
    }
}
