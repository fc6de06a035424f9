package io.pageflow.metrics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import io.pageflow.job.JobStatus;

/**
 * Jobs by status, for the {@code pageflow_jobs} gauge and the JMX surface: one grouped count, kept for a few
 * seconds, so that scrapes and JMX consoles polling at once cost the database one small query between them.
 * Plain JDBC, because the gauges are read on the server's scrape thread, outside any transaction.
 */
@ApplicationScoped
public class JobCounts {

    private static final Logger LOG = Logger.getLogger(JobCounts.class.getName());
    static final long FRESH_NANOS = 5_000_000_000L;

    @Resource(lookup = "java:jboss/datasources/PageflowDS")
    DataSource dataSource;

    private Map<JobStatus, Long> counts;
    private long readAt;

    /** Jobs in this status, at most a few seconds old; NaN while the database cannot be read. */
    public double count(JobStatus status) {
        Map<JobStatus, Long> now = all();
        return now == null ? Double.NaN : now.getOrDefault(status, 0L);
    }

    /** Every status's count, at most a few seconds old; null while the database cannot be read. */
    public synchronized Map<JobStatus, Long> all() {
        if (counts == null || System.nanoTime() - readAt > FRESH_NANOS) {
            try {
                counts = query();
            } catch (SQLException | RuntimeException e) {
                LOG.log(Level.FINE, "Cannot count jobs by status", e);
                counts = null;
            }
            readAt = System.nanoTime();
        }
        return counts == null ? null : Map.copyOf(counts);
    }

    private Map<JobStatus, Long> query() throws SQLException {
        Map<JobStatus, Long> result = new EnumMap<>(JobStatus.class);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("select status, count(*) from job group by status");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                result.put(JobStatus.fromLabel(rows.getString(1)), rows.getLong(2));
            }
        }
        return result;
    }
}
