package io.pageflow.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.transaction.UserTransaction;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.pageflow.batch.BatchEnds;
import io.pageflow.batch.BatchRecords;
import io.pageflow.error.ErrorCode;
import io.pageflow.error.PipelineFailure;
import io.pageflow.job.JobOptions;
import io.pageflow.state.JobStates;
import io.pageflow.state.PostgresStatements;

/**
 * The last two jobs of a batch end at the same time on two threads, each in its own transaction: exactly one of
 * them stores the batch's summary. The first holds its transaction open after ending its job, so the second
 * must end its own job while the first has not committed; without the lock on the batch row each would see the
 * other's job still queued and neither would write.
 */
@ExtendWith(ArquillianExtension.class)
class BatchEndInContainerIT {

    private static final PipelineFailure FAILURE = new PipelineFailure(ErrorCode.PDF_CORRUPT, "test: the last two end at once");

    @Deployment
    static WebArchive deployment() {
        return InContainer.testWar(BatchEndInContainerIT.class, PipelineRows.class, TestDocuments.class);
    }

    @Test
    void twoLastJobsEndingAtOnceStoreOneSummary() throws Exception {
        UserTransaction transaction = InContainer.transaction();
        JobStates jobs = InContainer.ejb(JobStates.class);
        ManagedExecutorService executor = InContainer.lookup("java:comp/DefaultManagedExecutorService");

        transaction.begin();
        long batchId = InContainer.ejb(BatchRecords.class).createBatch("race.zip");
        long first = queuedJob(jobs);
        long second = queuedJob(jobs);
        InContainer.ejb(BatchRecords.class).entryQueued(batchId, 1, "first.pdf", first);
        InContainer.ejb(BatchRecords.class).entryQueued(batchId, 2, "second.pdf", second);
        InContainer.ejb(BatchEnds.class).readEnded(batchId);
        transaction.commit();
        assertEquals(0, summaries(batchId).size(), "two jobs queued: the batch has not ended");

        CountDownLatch firstEnded = new CountDownLatch(1);
        CountDownLatch commitFirst = new CountDownLatch(1);
        Future<Boolean> one = executor.submit(() -> {
            transaction.begin();
            try {
                boolean ended = jobs.fail(first, FAILURE);
                firstEnded.countDown();
                assertTrue(commitFirst.await(2, TimeUnit.MINUTES), "the test never let the first commit");
                transaction.commit();
                return ended;
            } catch (Exception | AssertionError e) {
                transaction.rollback();
                throw e;
            }
        });
        assertTrue(firstEnded.await(1, TimeUnit.MINUTES), "the first job never ended");
        Future<Boolean> two = executor.submit(() -> {
            transaction.begin();
            boolean ended = jobs.fail(second, FAILURE);
            transaction.commit();
            return ended;
        });
        awaitWaitingForTheBatchRow(Duration.ofMinutes(1));
        commitFirst.countDown();
        assertTrue(one.get(2, TimeUnit.MINUTES) && two.get(2, TimeUnit.MINUTES), "both jobs ended");

        List<String> stored = summaries(batchId);
        assertEquals(1, stored.size(), "exactly one summary: " + stored);
        assertTrue(stored.get(0).startsWith("1:") && stored.get(0).contains("\"failed\": 2"), stored.get(0));
    }

    private static long queuedJob(JobStates jobs) throws SQLException {
        long documentId = InContainer.ejb(PostgresStatements.class).reserveDocumentId();
        PipelineRows.update("insert into pageflow.document (id, title, kind, language) values (?, 'in-container', 'pdf', 'eng')",
                documentId);
        return jobs.create(documentId, JobOptions.DEFAULTS).getId();
    }

    /** Until a database session waits for a lock while it locks a batch row: the second job's end. */
    private static void awaitWaitingForTheBatchRow(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try (Connection connection = InContainer.dataSource().getConnection();
                    PreparedStatement query = connection.prepareStatement("""
                            select count(*) from pg_stat_activity
                             where wait_event_type = 'Lock' and query like '%from batch where id%for no key update%'""");
                    ResultSet rows = query.executeQuery()) {
                rows.next();
                if (rows.getInt(1) > 0) {
                    return;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the second job's end never waited for the batch row the first one locked");
    }

    private static List<String> summaries(long batchId) throws SQLException {
        try (Connection connection = InContainer.dataSource().getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select version, summary::text from pageflow.batch_summary where batch_id = ? order by version")) {
            query.setLong(1, batchId);
            try (ResultSet rows = query.executeQuery()) {
                List<String> stored = new ArrayList<>();
                while (rows.next()) {
                    stored.add(rows.getInt(1) + ":" + rows.getString(2));
                }
                return stored;
            }
        }
    }
}
