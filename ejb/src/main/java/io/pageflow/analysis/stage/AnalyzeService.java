package io.pageflow.analysis.stage;

import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import io.pageflow.analysis.engine.AnalysisEngine;
import io.pageflow.analysis.engine.LlmAnalysis;
import io.pageflow.analysis.engine.LocalTopics;
import io.pageflow.analysis.engine.PageAnalysis;
import io.pageflow.analysis.engine.PageItem;
import io.pageflow.analysis.profile.AnalysisProfiles;
import io.pageflow.analysis.profile.ProfileDefinition;
import io.pageflow.document.PageStatus;
import io.pageflow.error.ErrorCode;
import io.pageflow.error.PipelineException;
import io.pageflow.error.PipelineFailure;
import io.pageflow.job.Job;
import io.pageflow.job.JobStage;
import io.pageflow.job.JobStatus;
import io.pageflow.messaging.PipelineMessenger;
import io.pageflow.state.AnalysisPageStates;
import io.pageflow.state.AnalysisPageStates.Claim;
import io.pageflow.state.JobStates;
import io.pageflow.understanding.validation.SchemaValidation;
import io.pageflow.understanding.validation.Validation;

/**
 * The analyze stage: one page per message and transaction, in page order, each message ringing for the next
 * (a remote engine's retry must not undo the pages before it). A page whose engine fails with a retryable code
 * ({@code LLM_RATE_LIMIT}, {@code LLM_TIMEOUT}, after the engine's own retries) fails and stops the job with
 * that code, to be resumed from that page; a terminal failure fails the page and the job goes on.
 */
@Stateless
public class AnalyzeService {

    @PersistenceContext(unitName = "pageflow")
    EntityManager em;

    @Inject
    JobStates jobs;

    @Inject
    AnalysisPageStates pages;

    @Inject
    AnalysisProfiles profiles;

    @Inject
    LocalTopics local;

    @Inject
    LlmAnalysis llm;

    @Inject
    SchemaValidation validation;

    @Inject
    PipelineMessenger messenger;

    public void analyze(long jobId) {
        Job job = em.find(Job.class, jobId);
        if (job == null) {
            return;
        }
        if (job.getStatus() == JobStatus.QUEUED) {
            // Begun in a transaction of its own: the page's work below shows its current page in another one,
            // which would wait for this one's lock on the job row.
            if (jobs.begin(jobId, JobStage.ANALYZE)) {
                messenger.analyze(jobId);
            }
            return;
        }
        if (jobs.processingIn(jobId, JobStage.ANALYZE).isEmpty()) {
            return; // a late or duplicate message, or the job was cancelled
        }
        List<Claim> claimed = pages.claimNext(jobId, 1);
        if (claimed.isEmpty()) {
            finishIfDone(jobId);
            return;
        }
        Claim claim = claimed.get(0);
        jobs.showCurrentPage(jobId, JobStage.ANALYZE, claim.pageNumber());
        ProfileDefinition profile = profiles.version(job.getProfileName(), job.getProfileVersion());
        Optional<PipelineFailure> failure = run(profile, job.getDocumentId(), claim);
        JobStates.PageCounts counts = jobs.analysisPagesFinished(jobId, failure.isEmpty() ? 1 : 0,
                failure.isPresent() ? 1 : 0, pages.distinctItems(jobId));
        if (failure.isPresent() && failure.get().code().isRetryable()) {
            // Another page would likely fail the same way (a rate limit): stop here, to be resumed from this page.
            jobs.fail(jobId, new PipelineFailure(failure.get().code(),
                    "Page " + claim.pageNumber() + ": " + failure.get().message()));
        } else if (counts.allFinished()) {
            finishIfDone(jobId);
        } else {
            messenger.analyze(jobId);
        }
    }

    /** Runs the engine on the page and stores what came of it; empty when the page completed. */
    private Optional<PipelineFailure> run(ProfileDefinition profile, long documentId, Claim claim) {
        PageAnalysis analysis;
        try {
            analysis = engine(profile).analyse(profile, claim.pageNumber(), pageText(documentId, claim.pageNumber()));
        } catch (PipelineException e) {
            PipelineFailure failure = new PipelineFailure(e.code(), e.getMessage());
            pages.failed(claim, failure);
            return Optional.of(failure);
        }
        Validation checked = validation.validate(profile.schemaKey(), profile.schema(), analysis.result());
        if (!checked.valid()) {
            PipelineFailure failure = new PipelineFailure(ErrorCode.ANALYSIS_INVALID_OUTPUT,
                    "The result does not match profile " + profile.name() + "@" + profile.version() + ": "
                            + String.join("; ", checked.errors()));
            pages.failed(claim, failure);
            return Optional.of(failure);
        }
        List<String> keys = PageItem.of(analysis.result()).stream().map(PageItem::key).distinct().toList();
        pages.completed(claim, analysis.result().toString(), keys, analysis.engine(), analysis.tokens().input(),
                analysis.tokens().output());
        return Optional.empty();
    }

    private void finishIfDone(long jobId) {
        if (pages.count(jobId, PageStatus.PENDING) == 0 && pages.count(jobId, PageStatus.PROCESSING) == 0) {
            int completed = pages.count(jobId, PageStatus.COMPLETED);
            int failed = pages.count(jobId, PageStatus.FAILED);
            jobs.complete(jobId, JobStage.ANALYZE, "analyze: " + completed + " page(s) analysed"
                    + (failed == 0 ? "" : ", " + failed + " failed"));
        }
    }

    private AnalysisEngine engine(ProfileDefinition profile) {
        return ProfileDefinition.LLM.equals(profile.engine()) ? llm : local;
    }

    /** The page's text as the ingestion left it; a page without text is analysed as empty. */
    private String pageText(long documentId, int pageNumber) {
        return em.createQuery("select p.text from Page p where p.documentId = :d and p.pageNumber = :n", String.class)
                .setParameter("d", documentId).setParameter("n", pageNumber)
                .getResultStream().findFirst().map(t -> t == null ? "" : t).orElse("");
    }
}
