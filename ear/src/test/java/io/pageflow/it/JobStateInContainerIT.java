package io.pageflow.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import jakarta.transaction.UserTransaction;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.pageflow.ingest.IngestRecords;
import io.pageflow.job.Job;
import io.pageflow.job.JobOptions;
import io.pageflow.job.JobService;
import io.pageflow.job.JobStatus;

/**
 * Runs inside the server: the application's own job service, in a transaction the test owns and rolls back.
 * A duplicate split message must find the job already taken and change nothing.
 */
@ExtendWith(ArquillianExtension.class)
class JobStateInContainerIT {

    @Deployment
    static WebArchive deployment() {
        return InContainer.testWar(JobStateInContainerIT.class);
    }

    @Test
    void aQueuedJobIsTakenIntoTheSplitOnceAndARepeatedBeginIsRefused() throws Exception {
        JobService jobs = InContainer.ejb(JobService.class);
        UserTransaction transaction = InContainer.transaction();
        long jobId;
        transaction.begin();
        try {
            long documentId = InContainer.ejb(IngestRecords.class).createDocument("in-container", "pdf", "eng").getId();
            Job job = jobs.create(documentId, JobOptions.DEFAULTS);
            jobId = job.getId();
            assertEquals(JobStatus.QUEUED, job.getStatus());

            assertTrue(jobs.beginSplit(jobId), "a queued job is taken into the split");
            assertFalse(jobs.beginSplit(jobId), "the second begin, as from a duplicate message, is refused");
            assertEquals("processing/split", statusAndStage(jobId));
        } finally {
            transaction.rollback();
        }
        assertTrue(jobs.find(jobId).isEmpty(), "the rolled-back transaction left no job behind");
    }

    /** The job's row as the database holds it in this transaction (the EJBs' connection is shared). */
    private static String statusAndStage(long jobId) throws SQLException {
        try (Connection connection = InContainer.dataSource().getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select status, stage from pageflow.job where id = ?")) {
            query.setLong(1, jobId);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), "job " + jobId + " is in the database");
                return row.getString(1) + "/" + row.getString(2);
            }
        }
    }
}
