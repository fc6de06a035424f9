package io.pageflow.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.transaction.UserTransaction;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.pageflow.document.PageStatus;
import io.pageflow.error.ErrorCode;
import io.pageflow.error.PipelineFailure;
import io.pageflow.event.EventType;
import io.pageflow.job.JobStatus;
import io.pageflow.state.JobStates;
import io.pageflow.state.JobTransition;
import io.pageflow.state.PageClaim;
import io.pageflow.state.PageRead;
import io.pageflow.state.PageText;
import io.pageflow.state.PageStates;
import io.pageflow.state.PageTransition;

/**
 * Reads the state owner's two transition tables and tries every transition that is not in them, against rows
 * in each status the table does not allow: each is refused and leaves the row exactly as it was. Each try runs
 * in a transaction that is rolled back, so no reaper ever sees these rows; a claim and a release, which commit
 * on their own, are tried on committed rows without a deadline, which no reaper touches, in jobs cancelled after.
 */
@ExtendWith(ArquillianExtension.class)
class TransitionsInContainerIT {

    private static final PipelineFailure FAILURE = new PipelineFailure(ErrorCode.OCR_FAILED, "test");

    @Deployment
    static WebArchive deployment() {
        return InContainer.testWar(TransitionsInContainerIT.class, PipelineRows.class, TestDocuments.class);
    }

    @Test
    void everyJobTransitionNotInTheTableIsRefusedAndChangesNothing() throws Exception {
        JobStates jobs = InContainer.ejb(JobStates.class);
        UserTransaction transaction = InContainer.transaction();
        List<String> tried = new ArrayList<>();
        for (JobTransition transition : JobTransition.values()) {
            for (JobStatus status : JobStatus.values()) {
                if (transition.allows(status)) {
                    continue;
                }
                transaction.begin();
                try {
                    long jobId = PipelineRows.jobWithPendingPages(1);
                    PipelineRows.update("update pageflow.job set status = ? where id = ?", status.label(), jobId);
                    Map<String, Object> before = PipelineRows.job(jobId);
                    assertFalse(apply(jobs, transition, jobId), transition + " from " + status + " was applied");
                    assertEquals(before, PipelineRows.job(jobId), transition + " from " + status + " changed the job");
                    tried.add(transition + "←" + status);
                } finally {
                    transaction.rollback();
                }
            }
        }
        assertTrue(tried.size() >= JobTransition.values().length, "tried " + tried);
    }

    @Test
    void everyPageTransitionNotInTheTableIsRefusedAndChangesNothing() throws Exception {
        PageStates pages = InContainer.ejb(PageStates.class);
        UserTransaction transaction = InContainer.transaction();
        List<String> tried = new ArrayList<>();
        for (PageTransition transition : PageTransition.values()) {
            for (PageStatus status : PageStatus.values()) {
                if (transition.allows(status)) {
                    continue;
                }
                // these two commit in transactions of their own: they must see committed rows
                boolean committed = transition == PageTransition.CLAIM || transition == PageTransition.RELEASE;
                transaction.begin();
                long jobId = -1;
                try {
                    jobId = PipelineRows.jobWithPendingPages(1);
                    // as a worker left it (held, its lease run out), so that only the status stands in the way
                    PipelineRows.update("update pageflow.page set status = ?, leased_by = 'test', attempts = 1,"
                            + " lease_expires_at = " + (committed ? "null" : "now() - interval '1 minute'")
                            + " where document_id = (select document_id from pageflow.job where id = ?)",
                            status.label(), jobId);
                    if (committed) {
                        transaction.commit();
                        transaction.begin();
                    }
                    Map<String, Object> before = PipelineRows.page(jobId, 1);
                    assertFalse(apply(pages, transition, jobId, before), transition + " from " + status + " was applied");
                    assertEquals(before, PipelineRows.page(jobId, 1), transition + " from " + status + " changed the page");
                    tried.add(transition + "←" + status);
                } finally {
                    transaction.rollback();
                    if (committed && jobId > 0) {
                        InContainer.ejb(JobStates.class).cancel(jobId, "test over");
                    }
                }
            }
        }
        assertTrue(tried.contains("CLAIM←COMPLETED") && tried.contains("RESET←PROCESSING"), "tried " + tried);
    }

    @Test
    void aPageHeldUnderALiveLeaseIsNotClaimedAgain() throws Exception {
        UserTransaction transaction = InContainer.transaction();
        transaction.begin();
        long jobId = PipelineRows.jobWithPendingPages(1);
        PipelineRows.update("update pageflow.page set status = 'processing', leased_by = 'another-node', attempts = 1,"
                + " lease_expires_at = now() + interval '1 hour' where document_id ="
                + " (select document_id from pageflow.job where id = ?)", jobId);
        transaction.commit();
        try {
            Map<String, Object> before = PipelineRows.page(jobId, 1);
            transaction.begin();
            try {
                assertTrue(InContainer.ejb(PageStates.class).claim(jobId, 1).isEmpty(), "claimed from a live holder");
            } finally {
                transaction.rollback();
            }
            assertEquals(before, PipelineRows.page(jobId, 1));
        } finally {
            // a job nothing will ever finish: cancelled, so that no reaper or resume picks it up
            InContainer.ejb(JobStates.class).cancel(jobId, "test over");
        }
    }

    /** Calls the state owner's method for a transition; true when it says it applied it. */
    private static boolean apply(JobStates jobs, JobTransition transition, long jobId) {
        return switch (transition) {
            case BEGIN -> jobs.begin(jobId);
            case COMPLETE -> jobs.complete(jobId);
            case FAIL -> jobs.fail(jobId, FAILURE);
            case CANCEL -> jobs.cancel(jobId, "test");
            case REOPEN -> jobs.reopen(jobId, false, 0, 0, EventType.JOB_RESUMED, null, "test");
            case REQUEUE -> jobs.requeue(jobId, EventType.JOB_RESUMED, "test");
        };
    }

    private static boolean apply(PageStates pages, PageTransition transition, long jobId, Map<String, Object> row) {
        long pageId = ((Number) row.get("id")).longValue();
        long documentId = ((Number) row.get("document_id")).longValue();
        PageClaim held = new PageClaim(pageId, jobId, documentId, 1, (String) row.get("source_key"), "eng",
                (String) row.get("leased_by"), ((Number) row.get("attempts")).intValue(), null, null, false);
        return switch (transition) {
            case CLAIM -> pages.claim(jobId, 1).isPresent();
            case COMPLETE -> pages.complete(held, "text", "ocr", 90f, null, 1);
            case READ -> !pages.read(jobId, documentId, List.of(new PageRead(1,
                    new PageText("text", "text-layer", "text-layer", false, null, null), 1))).isEmpty();
            case FAIL -> pages.fail(held, FAILURE, 1) || pages.failUnheld(pageId, jobId, 1, FAILURE);
            case RELEASE -> pages.release(held, "test");
            case EXPIRE -> pages.expire(pageId, jobId, 1, "test");
            case RESET -> pages.reset(documentId, 1, List.of(PageStatus.values()), true) > 0;
        };
    }
}
