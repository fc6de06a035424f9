package io.pageflow.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import jakarta.transaction.RollbackException;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.UserTransaction;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.pageflow.page.PageService;

/**
 * A page is claimed (committed on its own), then the transaction that did the work does not commit. The claim
 * must not stay behind: the page is given back, claimed again within one lease period (12 s in the tests, plus
 * one reaper interval) and completed, exactly once.
 */
@ExtendWith(ArquillianExtension.class)
class ClaimRollbackInContainerIT {

    /** The test server's lease (PAGEFLOW_LEASE_SECONDS) and reaper interval, and time for OCR under load. */
    private static final Duration LEASE = Duration.ofSeconds(12);
    private static final Duration REAPER = Duration.ofSeconds(2);

    @Deployment
    static WebArchive deployment() {
        return InContainer.testWar(ClaimRollbackInContainerIT.class, PipelineRows.class, TestDocuments.class);
    }

    @Test
    void aFaultAfterCompleteRollsBackAndThePageIsClaimedAgainAndCompleted() throws Exception {
        long jobId = committedJob();
        UserTransaction transaction = InContainer.transaction();
        transaction.begin();
        try {
            InContainer.ejb(PageService.class).process(jobId, 1);
            assertEquals("completed", PipelineRows.page(jobId, 1).get("status"), "completed in the work's transaction");
        } finally {
            transaction.rollback(); // the fault: the work's transaction does not commit
        }
        Instant rolledBack = Instant.now();
        assertClaimedAgainAndCompletedOnce(jobId, rolledBack);
    }

    @Test
    void aFaultWhenTheFanInCommitsRollsBackAndThePageIsClaimedAgainAndCompleted() throws Exception {
        long jobId = committedJob();
        UserTransaction transaction = InContainer.transaction();
        transaction.begin();
        InContainer.ejb(PageService.class).process(jobId, 1);
        // the only page: its completion moved the job to classification and sent its message in this transaction
        assertEquals("classify", PipelineRows.job(jobId).get("stage"));
        TransactionSynchronizationRegistry registry = InContainer.lookup("java:comp/TransactionSynchronizationRegistry");
        registry.registerInterposedSynchronization(new FailingCommit());
        assertThrows(RollbackException.class, transaction::commit, "the commit with the fan-in send fails");
        Instant rolledBack = Instant.now();
        assertEquals("pages", stageNow(jobId), "the stage step rolled back with the send");
        assertClaimedAgainAndCompletedOnce(jobId, rolledBack);
        awaitJob(jobId, "completed", Duration.ofMinutes(2));
    }

    private static long committedJob() throws Exception {
        UserTransaction transaction = InContainer.transaction();
        transaction.begin();
        long jobId = PipelineRows.jobWithPendingPages(1);
        transaction.commit();
        return jobId;
    }

    private static void assertClaimedAgainAndCompletedOnce(long jobId, Instant rolledBack) throws Exception {
        Map<String, Object> page = awaitPage(jobId, "completed", LEASE.plus(REAPER).plus(Duration.ofSeconds(90)));
        assertEquals(2, page.get("attempts"), "one claim rolled back, one that completed: " + page);
        List<String> events = PipelineRows.pageEvents(jobId, 1);
        assertEquals(1, Collections.frequency(events, "page.completed"), "completed exactly once: " + events);
        assertEquals(2, Collections.frequency(events, "page.started"), "claimed twice: " + events);
        assertTrue(events.indexOf("lease.released") > 0, "the rolled-back claim was given back: " + events);
        Instant startedAgain = ((java.sql.Timestamp) PipelineRows.page(jobId, 1).get("started_at")).toInstant();
        assertTrue(Duration.between(rolledBack, startedAgain).compareTo(LEASE.plus(REAPER).plusSeconds(3)) <= 0,
                "claimed again " + Duration.between(rolledBack, startedAgain) + " after the rollback");
    }

    private static Map<String, Object> awaitPage(long jobId, String status, Duration timeout) throws Exception {
        return await("page 1 of job " + jobId, () -> PipelineRows.page(jobId, 1), status, timeout);
    }

    private static void awaitJob(long jobId, String status, Duration timeout) throws Exception {
        await("job " + jobId, () -> PipelineRows.job(jobId), status, timeout);
    }

    /** Reads the row until its status is {@code status}; fails with the last row read when the time runs out. */
    private static Map<String, Object> await(String what, RowReader reader, String status, Duration timeout)
            throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        Map<String, Object> row = reader.read();
        while (!status.equals(row.get("status"))) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(what + " not " + status + " within " + timeout + ": " + row);
            }
            Thread.sleep(200);
            row = reader.read();
        }
        return row;
    }

    @FunctionalInterface
    private interface RowReader {
        Map<String, Object> read() throws SQLException;
    }

    private static String stageNow(long jobId) throws SQLException {
        return (String) PipelineRows.job(jobId).get("stage");
    }

    /** Fails the commit after everything in the transaction, the fan-in's JMS send included, was done. */
    private static final class FailingCommit implements Synchronization {
        @Override
        public void beforeCompletion() {
            throw new IllegalStateException("injected fault at commit");
        }

        @Override
        public void afterCompletion(int status) {
            // nothing
        }
    }
}
