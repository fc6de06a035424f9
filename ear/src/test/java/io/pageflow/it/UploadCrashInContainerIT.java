package io.pageflow.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.pageflow.document.OrphanSweeper;
import io.pageflow.ingest.IngestRecords;

/**
 * An upload stores its objects under a reserved document id before any row exists, and creates every row in
 * one transaction. A crash between the two (here: the objects are stored and the commit never comes) leaves no
 * row at all, and the orphan sweeper removes the objects once they are older than its grace period.
 */
@ExtendWith(ArquillianExtension.class)
class UploadCrashInContainerIT {

    @Deployment
    static WebArchive deployment() {
        return InContainer.testWar(UploadCrashInContainerIT.class, PipelineRows.class, TestDocuments.class);
    }

    @Test
    void anUploadThatNeverCommittedLeavesNoRowsAndItsObjectsAreSwept() throws Exception {
        long documentId = InContainer.ejb(IngestRecords.class).reserveDocumentId();
        Path object = PipelineRows.store(String.format("documents/%d/original/file-0001.png", documentId),
                TestDocuments.png(TestDocuments.scannedPage(TestDocuments.lines(documentId, 2))));
        assertTrue(Files.exists(object));

        for (String table : new String[] {"document", "source_file", "job"}) {
            assertEquals(0, count("select count(*) from pageflow." + table + " where "
                    + (table.equals("document") ? "id" : "document_id") + " = ?", documentId), table);
        }
        assertTrue(InContainer.ejb(OrphanSweeper.class).sweep(Duration.ZERO) >= 1, "the sweeper removed something");
        assertFalse(Files.exists(object), "the objects of the upload that never committed are gone");
    }

    private static long count(String sql, long id) throws Exception {
        try (Connection connection = InContainer.dataSource().getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
