package io.pageflow.cluster;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import io.pageflow.error.ErrorCode;
import io.pageflow.error.PipelineFailure;
import io.pageflow.messaging.PipelineMessenger;
import io.pageflow.page.PageService;
import io.pageflow.state.InFlightClaims;
import io.pageflow.state.JobStates;
import io.pageflow.state.PageStates;
import io.pageflow.state.PostgresStatements.ExpiredPage;
import io.pageflow.state.PostgresStatements;

/**
 * Finds work whose deadline passed and hands it out again: pages whose worker is gone (lease expired), pages
 * given back and not claimed again in time, and index stages whose node went away. Reapers on several nodes
 * share the rows without taking one twice. A page that keeps losing its worker fails after its last attempt.
 */
@Stateless
public class LeaseReaper {

    static final int BATCH = 100;

    @Inject
    PostgresStatements statements;

    @Inject
    PageStates pageStates;

    @Inject
    JobStates jobStates;

    @Inject
    InFlightClaims inFlight;

    @Inject
    LeaseSettings leases;

    @Inject
    PageService pages;

    @Inject
    PipelineMessenger messenger;

    /** Returns how many pages were handled. */
    public int reapPages() {
        List<ExpiredPage> expired = statements.expiredPages(OffsetDateTime.now(), BATCH);
        for (ExpiredPage page : expired) {
            if (!page.jobRunning()) {
                // its job stopped: the page waits for a resume, which rings again
                if (page.processing()) {
                    pageStates.expire(page.pageId(), page.jobId(), page.pageNumber(), "lease of " + page.holder()
                            + " expired after the job stopped");
                }
                pageStates.setDeadline(page.pageId(), false);
                continue;
            }
            if (page.attempts() >= leases.maxAttempts()) {
                pages.failUnheld(page.pageId(), page.jobId(), page.pageNumber(), new PipelineFailure(
                        ErrorCode.ATTEMPTS_EXHAUSTED, "Page " + page.pageNumber() + " was started " + page.attempts()
                        + " times and never finished" + (page.holder() == null ? "" : "; last holder " + page.holder())));
                continue;
            }
            if (page.processing()) {
                pageStates.expire(page.pageId(), page.jobId(), page.pageNumber(), "lease of " + page.holder()
                        + " expired after attempt " + page.attempts() + "; re-enqueued");
            } else {
                pageStates.setDeadline(page.pageId(), true);
            }
            messenger.page(page.jobId(), page.pageNumber(), page.priority());
        }
        return expired.size();
    }

    /** Re-enqueues the index stage of jobs whose indexing node went away. */
    public int reapIndexing() {
        List<Long> expired = statements.expiredIndexStages(OffsetDateTime.now(), BATCH);
        for (long jobId : expired) {
            jobStates.indexLeaseExpired(jobId, "index lease expired; re-enqueued");
            messenger.index(jobId);
        }
        return expired.size();
    }

    /** Extends the leases of the work running in this JVM, and only those. */
    public void heartbeat() {
        pageStates.renewLeases();
        jobStates.renewIndexLeases(inFlight.indexingJobIds());
    }
}
