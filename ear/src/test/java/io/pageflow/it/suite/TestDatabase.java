package io.pageflow.it.suite;

import java.nio.file.Path;

import org.jboss.arquillian.container.spi.event.container.AfterStop;
import org.jboss.arquillian.container.spi.event.container.BeforeStart;
import org.jboss.arquillian.core.api.annotation.Observes;

import io.pageflow.launcher.EmbeddedDatabase;
import io.pageflow.launcher.EmbeddedDatabase.Durability;

/**
 * Starts the launcher's embedded PostgreSQL before the server when the build asked for it
 * ({@code it.db.embedded}, set when no {@code -Dit.db.url} is given), on the port the build reserved and in
 * a fresh data folder, and stops it after the server. Test data is thrown away, so commits do not wait for
 * the disk.
 */
public class TestDatabase {

    private EmbeddedDatabase database;

    public void start(@Observes BeforeStart event) throws Exception {
        if (!Boolean.getBoolean("it.db.embedded") || database != null) {
            return;
        }
        int port = Integer.parseInt(System.getProperty("it.db.port"));
        Path dataDir = Path.of(System.getProperty("it.db.dir"));
        long started = System.nanoTime();
        database = EmbeddedDatabase.startFresh(dataDir, port, "pageflow", Durability.FAST);
        if (!database.jdbcUrl().equals(System.getProperty("it.db.url"))) {
            throw new IllegalStateException("the server is told " + System.getProperty("it.db.url")
                    + " but the test database is " + database.jdbcUrl());
        }
        System.out.printf("Test database: embedded PostgreSQL at %s, started in %d ms%n", database.jdbcUrl(),
                (System.nanoTime() - started) / 1_000_000);
    }

    public void stop(@Observes AfterStop event) throws Exception {
        if (database != null) {
            database.close();
            database = null;
        }
    }
}
