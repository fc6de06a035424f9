package io.pageflow.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;


import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import io.pageflow.client.model.JobView;
import io.pageflow.client.model.PageView;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The database drops every connection of the application, several times, while a 24-page scanned job runs:
 * whatever transaction was open rolls back, and claims whose work rolled back are given back. The job still
 * completes, every page completed exactly once, none left processing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DatabaseOutageIT {

    static final TestApi api = new TestApi();
    static final int PAGES = 24;
    static final int OUTAGES = 4;

    @Test
    void aJobSurvivesTheDatabaseDroppingEveryConnectionSeveralTimes() throws Exception {
        List<BufferedImage> scans = new ArrayList<>();
        for (int page = 1; page <= PAGES; page++) {
            scans.add(TestDocuments.scannedPage(TestDocuments.lines(7000 + page, 4)));
        }
        JobView queued = api.submitAccepted(List.of(new PageflowClient.FilePart("scans.pdf", "application/pdf",
                TestDocuments.scannedPdf(scans))), Map.of());
        long jobId = queued.getId();

        int dropped = 0;
        int outages = 0;
        int nextAt = 2;
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (outages < OUTAGES) {
            assertTrue(System.nanoTime() < deadline, "the job made no progress for the outages: " + api.job(jobId));
            JobView job = api.job(jobId);
            assertTrue(List.of("queued", "processing").contains(job.getStatus()),
                    () -> "the job ended before the outages were over: " + job);
            if (job.getPagesDone() + job.getPagesFailed() >= nextAt) {
                dropped += dropApplicationConnections();
                outages++;
                nextAt += PAGES / (OUTAGES + 1);
            }
            PageflowClient.sleep(100);
        }
        assertTrue(dropped >= OUTAGES, "connections dropped: " + dropped);

        JobView job = api.awaitEnd(jobId, Duration.ofMinutes(6));
        assertEquals("completed", job.getStatus(), job::toString);
        assertEquals(PAGES, job.getPagesDone(), job::toString);
        assertEquals(0, job.getPagesFailed(), job::toString);
        for (PageView page : api.pages(jobId)) {
            int number = page.getNumber();
            assertEquals("completed", page.getStatus(), page::toString);
            assertEquals(1, api.countEvents(jobId, "page.completed", number), "page " + number + " completed once");
        }
    }

    /** What a database restart or a network cut does to the application: every connection it holds is gone. */
    static int dropApplicationConnections() throws SQLException {
        try (Connection connection = DriverManager.getConnection(System.getProperty("it.db.url"),
                System.getProperty("it.db.user"), System.getProperty("it.db.password"));
                Statement statement = connection.createStatement();
                ResultSet terminated = statement.executeQuery("""
                        select count(*) filter (where pg_terminate_backend(pid)) from pg_stat_activity
                         where datname = current_database() and pid <> pg_backend_pid()
                           and backend_type = 'client backend'""")) {
            terminated.next();
            return terminated.getInt(1);
        }
    }
}
