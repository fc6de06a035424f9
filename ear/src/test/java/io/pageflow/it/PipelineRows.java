package io.pageflow.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.pageflow.job.JobOptions;
import io.pageflow.state.JobStates;
import io.pageflow.state.PostgresStatements;

/**
 * For in-container tests: jobs and pages made directly through the application's state owner, with no
 * message sent for them, so that a test decides which stage call runs when; and rows read back as the
 * database holds them in the caller's transaction.
 */
final class PipelineRows {

    private PipelineRows() {
    }

    /**
     * A job of scanned page images in the pages stage, its pages pending and no message sent for them, in
     * the caller's transaction.
     */
    static long jobWithPendingPages(int pages) throws SQLException {
        PostgresStatements statements = InContainer.ejb(PostgresStatements.class);
        JobStates jobs = InContainer.ejb(JobStates.class);
        long documentId = statements.reserveDocumentId();
        update("insert into pageflow.document (id, title, kind, language) values (?, 'in-container', 'images', 'eng')",
                documentId);
        long jobId = jobs.create(documentId, JobOptions.DEFAULTS).getId();
        jobs.begin(jobId);
        jobs.takeSlice(jobId, 1, pages, pages);
        for (int page = 1; page <= pages; page++) {
            String key = String.format("documents/%d/original/file-%04d.png", documentId, page);
            store(key, TestDocuments.png(TestDocuments.scannedPage(TestDocuments.lines(documentId * 100 + page, 3))));
            statements.insertPage(documentId, page, key);
        }
        jobs.split(jobId, pages, 5);
        return jobId;
    }

    /** A job's row, every column. */
    static Map<String, Object> job(long jobId) throws SQLException {
        return row("select * from pageflow.job where id = ?", jobId);
    }

    /** A page's row, every column. */
    static Map<String, Object> page(long jobId, int pageNumber) throws SQLException {
        return row("select p.* from pageflow.page p join pageflow.job j on j.document_id = p.document_id"
                + " where j.id = ? and p.page_number = ?", jobId, pageNumber);
    }

    /** The types of a job's events, oldest first, for one page. */
    static List<String> pageEvents(long jobId, int pageNumber) throws SQLException {
        try (Connection connection = InContainer.dataSource().getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select type from pageflow.job_event where job_id = ? and page_number = ? order by id")) {
            query.setLong(1, jobId);
            query.setInt(2, pageNumber);
            try (ResultSet rows = query.executeQuery()) {
                List<String> types = new java.util.ArrayList<>();
                while (rows.next()) {
                    types.add(rows.getString(1));
                }
                return types;
            }
        }
    }

    static int update(String sql, Object... parameters) throws SQLException {
        try (Connection connection = InContainer.dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }

    private static Map<String, Object> row(String sql, Object... parameters) throws SQLException {
        try (Connection connection = InContainer.dataSource().getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    throw new AssertionError("no row for " + sql + " " + List.of(parameters));
                }
                ResultSetMetaData meta = rows.getMetaData();
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.put(meta.getColumnName(i), rows.getObject(i));
                }
                return row;
            }
        }
    }

    /** Writes an object into the test server's filesystem storage, as the storage itself lays keys out. */
    static Path store(String key, byte[] content) {
        Path file = Path.of(System.getenv("PAGEFLOW_STORAGE_DIR")).resolve(key);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
