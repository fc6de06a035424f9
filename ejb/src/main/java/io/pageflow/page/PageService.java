package io.pageflow.page;

import java.util.Optional;
import java.util.logging.Logger;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import io.pageflow.document.Page;
import io.pageflow.error.ErrorCode;
import io.pageflow.error.PipelineFailure;
import io.pageflow.event.EventLog;
import io.pageflow.event.EventType;
import io.pageflow.job.JobService;
import io.pageflow.job.JobService.PageCounts;
import io.pageflow.job.JobStage;
import io.pageflow.job.JobStatus;
import io.pageflow.job.Progress;
import io.pageflow.messaging.PipelineMessenger;

/**
 * The page stage: claim, extract, store the outcome and, for whoever finishes the last page of the
 * document, ring the index stage (fan in). Terminal failures fail the page and the job goes on; retryable
 * ones propagate so that the message is redelivered later.
 */
@Stateless
public class PageService {

    private static final Logger LOG = Logger.getLogger(PageService.class.getName());

    @PersistenceContext(unitName = "pageflow")
    EntityManager em;

    @Inject
    PageClaims claims;

    @Inject
    PageExtractor extractor;

    @Inject
    JobService jobs;

    @Inject
    PipelineMessenger messenger;

    @Inject
    EventLog events;

    public void process(long jobId, int pageNumber) {
        Optional<PageWork> claimed = claims.claim(jobId, pageNumber);
        if (claimed.isEmpty()) {
            return;
        }
        PageWork work = claimed.get();
        long started = System.nanoTime();
        PageResult result;
        try {
            result = extractor.extract(work);
        } catch (RuntimeException e) {
            PipelineFailure failure = PipelineFailure.of(e);
            if (failure.isRetryableAfter(work.attempt())) {
                claims.release(work, failure);
                throw e;
            }
            LOG.info(() -> "Job " + jobId + " page " + pageNumber + " failed: " + failure.code() + " " + failure.message());
            fail(work.pageId(), jobId, failure, elapsedMillis(started));
            return;
        }
        complete(work, result, elapsedMillis(started));
    }

    /** Gives up on a page whose message exhausted its deliveries, keeping the last error it saw. */
    public void giveUp(long jobId, int pageNumber) {
        Object[] row = (Object[]) em.createNativeQuery("""
                select p.id, p.error_code, p.error_message from page p join job j on j.document_id = p.document_id
                 where j.id = ?1 and p.page_number = ?2""")
                .setParameter(1, jobId).setParameter(2, pageNumber)
                .getResultStream().findFirst().orElse(null);
        if (row == null) {
            return;
        }
        String last = row[1] == null ? "" : " Last error: " + row[1] + " " + row[2];
        PipelineFailure failure = new PipelineFailure(ErrorCode.DELIVERY_EXHAUSTED,
                "Page " + pageNumber + " kept failing and was given up." + last);
        fail(((Number) row[0]).longValue(), jobId, failure, null);
    }

    private void complete(PageWork work, PageResult result, long durationMs) {
        Page page = lockedPage(work.pageId());
        if (page.isFinished()) {
            return;
        }
        page.complete(result.text(), result.textSource(), result.confidence(), result.imageKey(), durationMs);
        em.flush();
        events.record(work.jobId(), work.pageNumber(), EventType.PAGE_COMPLETED, result.textSource() + " in " + durationMs + " ms");
        afterPage(work.jobId(), jobs.pageFinished(work.jobId(), false), null);
    }

    /** Fails a page for good (terminal error, or attempts exhausted) and applies the job's page-failure policy. */
    public void fail(long pageId, long jobId, PipelineFailure failure, Long durationMs) {
        Page page = lockedPage(pageId);
        if (page.isFinished()) {
            return;
        }
        page.fail(failure.code().name(), failure.message(), durationMs);
        em.flush();
        events.record(jobId, page.getPageNumber(), EventType.PAGE_FAILED, failure);
        afterPage(jobId, jobs.pageFinished(jobId, true),
                new PipelineFailure(failure.code(), "Page " + page.getPageNumber() + ": " + failure.message()));
    }

    /** The row lock serialises two deliveries of the same page: the second sees it finished. */
    private Page lockedPage(long pageId) {
        return em.find(Page.class, pageId, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * What the job does after a page finished: with the {@code stop} policy a page failure fails the job
     * (the remaining pages stay pending, for a resume); once every page is finished, indexing starts.
     */
    private void afterPage(long jobId, PageCounts counts, PipelineFailure pageFailure) {
        if (counts.status() != JobStatus.PROCESSING) {
            return;
        }
        if (pageFailure != null && counts.stopOnFailure()) {
            jobs.fail(jobId, pageFailure);
            return;
        }
        if (!counts.allFinished()) {
            return;
        }
        if (counts.done() == 0) {
            jobs.fail(jobId, new PipelineFailure(ErrorCode.ALL_PAGES_FAILED,
                    "All " + counts.total() + " pages failed; see each page's error."));
        } else if (jobs.advance(jobId, JobStage.INDEX, Progress.indexStarted(),
                "pages: " + counts.done() + " completed, " + counts.failed() + " failed")) {
            messenger.index(jobId);
        }
    }

    private static long elapsedMillis(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
