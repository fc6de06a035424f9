package io.pageflow.page;

import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import io.pageflow.document.Page;
import io.pageflow.error.ErrorCode;
import io.pageflow.error.PipelineFailure;
import io.pageflow.job.JobStage;
import io.pageflow.job.JobStatus;
import io.pageflow.job.Progress;
import io.pageflow.messaging.PipelineMessenger;
import io.pageflow.metrics.PageSources;
import io.pageflow.metrics.PipelineMetrics;
import io.pageflow.state.JobStates.PageCounts;
import io.pageflow.state.JobStates;
import io.pageflow.state.PageClaim;
import io.pageflow.state.PageStates;

/**
 * The page stage: claim, extract, store the outcome and, for whoever finishes the last page of the
 * document, ring the classify stage (fan in). Terminal failures fail the page and the job goes on; retryable
 * ones give the page back and propagate, so that the message is redelivered later.
 */
@Stateless
public class PageService {

    private static final Logger LOG = Logger.getLogger(PageService.class.getName());

    @PersistenceContext(unitName = "pageflow")
    EntityManager em;

    @Inject
    PageStates pages;

    @Inject
    JobStates jobs;

    @Inject
    PageExtractor extractor;

    @Inject
    PipelineMessenger messenger;

    @Inject
    PipelineMetrics metrics;

    public void process(long jobId, int pageNumber) {
        Optional<PageClaim> claimed = pages.claim(jobId, pageNumber);
        if (claimed.isEmpty()) {
            return;
        }
        PageClaim claim = claimed.get();
        long started = System.nanoTime();
        PageResult result;
        try {
            result = extractor.extract(work(claim));
        } catch (RuntimeException e) {
            PipelineFailure failure = PipelineFailure.of(e);
            if (failure.isRetryableAfter(claim.attempt())) {
                metrics.pageRetried(failure.code());
                pages.release(claim, "retryable error", failure);
                throw e;
            }
            LOG.info(() -> "Job " + jobId + " page " + pageNumber + " failed: " + failure.code() + " " + failure.message());
            if (pages.fail(claim, failure, elapsedMillis(started))) {
                metrics.pageFailed(PageSources.ofFailure(claim.sourceKey().endsWith(".pdf"), failure.code()), failure.code());
                afterPage(jobId, jobs.pageFinished(jobId, true), pageFailure(pageNumber, failure));
            }
            return;
        }
        long durationMs = elapsedMillis(started);
        if (pages.complete(claim, result.asText(), durationMs)) {
            metrics.pageCompleted(result.textSource(), result.confidence());
            afterPage(jobId, jobs.pageFinished(jobId, false), null);
        }
    }

    /** Gives up on a page whose message exhausted its deliveries, keeping the last error it saw. */
    public void giveUp(long jobId, int pageNumber) {
        List<Object[]> rows = em.createQuery("""
                select p.id, p.errorCode, p.errorMessage from Page p, Job j
                 where j.id = :job and p.documentId = j.documentId and p.pageNumber = :page""", Object[].class)
                .setParameter("job", jobId)
                .setParameter("page", pageNumber)
                .getResultList();
        if (rows.isEmpty()) {
            return;
        }
        Object[] row = rows.get(0);
        String last = row[1] == null ? "" : " Last error: " + row[1] + " " + row[2];
        failUnheld((Long) row[0], jobId, pageNumber, new PipelineFailure(ErrorCode.DELIVERY_EXHAUSTED,
                "Page " + pageNumber + " kept failing and was given up." + last));
    }

    /** Fails a page no worker holds (attempts or deliveries used up) and applies the job's page-failure policy. */
    public void failUnheld(long pageId, long jobId, int pageNumber, PipelineFailure failure) {
        if (pages.failUnheld(pageId, jobId, pageNumber, failure)) {
            metrics.pageFailed(PageSources.UNKNOWN, failure.code());
            afterPage(jobId, jobs.pageFinished(jobId, true), pageFailure(pageNumber, failure));
        }
    }

    /** The fan-in for a job whose pages may all have finished before its split stage did. */
    public void pagesMayBeFinished(long jobId) {
        afterPage(jobId, jobs.counts(jobId), null);
    }

    /**
     * What the job does after a page finished: with the {@code stop} policy a page failure fails the job
     * (the remaining pages stay pending, for a resume); once every page is finished, classification starts.
     */
    private void afterPage(long jobId, PageCounts counts, PipelineFailure pageFailure) {
        if (counts.status() != JobStatus.PROCESSING) {
            return;
        }
        if (pageFailure != null && counts.stopOnFailure()) {
            jobs.fail(jobId, pageFailure);
            return;
        }
        if (!counts.allFinished() || counts.stage() != JobStage.PAGES) {
            return;
        }
        if (counts.done() == 0) {
            jobs.fail(jobId, new PipelineFailure(ErrorCode.ALL_PAGES_FAILED,
                    "All " + counts.total() + " pages failed; see each page's error."));
        } else if (jobs.advance(jobId, JobStage.PAGES, JobStage.CLASSIFY, Progress.classifyStarted(),
                "pages: " + counts.done() + " completed, " + counts.failed() + " failed")) {
            messenger.classify(jobId);
        }
    }

    private static PageWork work(PageClaim claim) {
        return new PageWork(claim.pageId(), claim.jobId(), claim.documentId(), claim.pageNumber(),
                claim.sourceKey().endsWith(".pdf"), claim.sourceKey(), claim.language(), claim.ocrModel(),
                claim.ocrSteps(), claim.ocrImages());
    }

    private static PipelineFailure pageFailure(int pageNumber, PipelineFailure failure) {
        return new PipelineFailure(failure.code(), "Page " + pageNumber + ": " + failure.message());
    }

    private static long elapsedMillis(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
