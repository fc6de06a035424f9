package io.pageflow.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL from zonky's packaged binaries, in a data folder of the caller's choice. The library is
 * made for tests: it starts PostgreSQL with {@code -F} (fsync off) and {@code synchronous_commit=off}.
 * {@link Durability#DURABLE} turns both on again, so that a crash of the machine loses nothing that was
 * committed; only tests ask for {@link Durability#FAST}.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    /** Whether commits wait for the disk. */
    public enum Durability {
        /** fsync and synchronous_commit on: what a server that keeps users' data runs with. */
        DURABLE,
        /** fsync and synchronous_commit off: for tests, whose data is thrown away. */
        FAST
    }

    private final EmbeddedPostgres postgres;
    private final int port;
    private final String database;

    private EmbeddedDatabase(EmbeddedPostgres postgres, int port, String database) {
        this.postgres = postgres;
        this.port = port;
        this.database = database;
    }

    /**
     * Starts PostgreSQL on {@code port} with its data in {@code dataDir} (kept across starts) and creates
     * {@code database} unless it exists.
     */
    public static EmbeddedDatabase start(Path dataDir, int port, String database, Durability durability)
            throws IOException, SQLException {
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Database name must be a plain identifier: " + database);
        }
        Files.createDirectories(dataDir);
        String on = durability == Durability.DURABLE ? "on" : "off";
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir.toAbsolutePath())
                .setCleanDataDirectory(false)
                .setPort(port)
                // after zonky's own -F and synchronous_commit=off, so these win
                .setServerConfig("fsync", on)
                .setServerConfig("synchronous_commit", on)
                .setServerConfig("full_page_writes", on)
                .start();
        EmbeddedDatabase started = new EmbeddedDatabase(postgres, port, database);
        started.createDatabase();
        return started;
    }

    /** Like {@link #start} on an empty data folder: whatever {@code dataDir} held is deleted first. */
    public static EmbeddedDatabase startFresh(Path dataDir, int port, String database, Durability durability)
            throws IOException, SQLException {
        if (Files.exists(dataDir)) {
            try (Stream<Path> old = Files.walk(dataDir)) {
                for (Path path : (Iterable<Path>) old.sorted(Comparator.reverseOrder())::iterator) {
                    Files.delete(path);
                }
            }
        }
        return start(dataDir, port, database, durability);
    }

    public int port() {
        return port;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }

    private void createDatabase() throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            try (ResultSet exists = statement.executeQuery(
                    "select 1 from pg_database where datname = '" + database + "'")) {
                if (exists.next()) {
                    return;
                }
            }
            statement.execute("create database " + database);
        }
    }
}
