package io.pageflow.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database that {@code ./pageflow start} runs when no PAGEFLOW_DB_URL is set, started the way the script
 * starts it (its own JVM, {@code EmbeddedPostgresServer DATA_DIR PORT pageflow}): it must not lose committed
 * work in a machine crash, so fsync and synchronous commit are on, unlike the embedded library's defaults.
 */
class EmbeddedPostgresServerTest {

    @TempDir
    Path dataDir;

    @Test
    void theLaunchersDatabaseWaitsForTheDiskOnEveryCommit() throws Exception {
        int port = freePort();
        Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), EmbeddedPostgresServer.class.getName(),
                dataDir.toString(), Integer.toString(port), "pageflow")
                .redirectErrorStream(true)
                .start();
        try {
            awaitReady(server);
            try (Connection connection = DriverManager.getConnection(
                    "jdbc:postgresql://127.0.0.1:" + port + "/pageflow", "postgres", "postgres")) {
                assertEquals("on", show(connection, "fsync"), "fsync");
                assertEquals("on", show(connection, "synchronous_commit"), "synchronous_commit");
                assertEquals("on", show(connection, "full_page_writes"), "full_page_writes");
            }
        } finally {
            server.destroy(); // SIGTERM: the shutdown hook stops PostgreSQL
            assertTrue(server.waitFor(60, TimeUnit.SECONDS), "the launcher's database stops on SIGTERM");
        }
    }

    private static String show(Connection connection, String setting) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("show " + setting)) {
            assertTrue(result.next());
            return result.getString(1);
        }
    }

    /** Reads the server's output until it says it is ready, as the script does; fails after two minutes. */
    private static void awaitReady(Process server) throws InterruptedException, ExecutionException {
        StringBuilder output = new StringBuilder();
        CompletableFuture<Boolean> ready = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    output.append(line).append('\n');
                    if (line.startsWith("PostgreSQL ready")) {
                        return true;
                    }
                }
                return false;
            } catch (IOException e) {
                return false;
            }
        });
        try {
            if (!ready.get(2, TimeUnit.MINUTES)) {
                fail("the embedded PostgreSQL exited before it was ready:\n" + output);
            }
        } catch (TimeoutException e) {
            fail("the embedded PostgreSQL was not ready within two minutes:\n" + output);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
