package io.pageflow.launcher;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.CountDownLatch;

import io.pageflow.launcher.EmbeddedDatabase.Durability;

/**
 * Runs a real PostgreSQL for machines where no database is configured, with its data in a folder the user
 * can see and delete, and commits that reach the disk before they are answered ({@link Durability#DURABLE}).
 * Runs until the process is stopped; PostgreSQL stops with it.
 *
 * <p>Usage: {@code EmbeddedPostgresServer DATA_DIR PORT DATABASE}
 */
public final class EmbeddedPostgresServer {

    private EmbeddedPostgresServer() {
    }

    public static void main(String[] args) throws IOException, SQLException, InterruptedException {
        if (args.length != 3) {
            System.err.println("usage: EmbeddedPostgresServer DATA_DIR PORT DATABASE");
            System.exit(2);
        }
        Path dataDir = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        EmbeddedDatabase postgres = EmbeddedDatabase.start(dataDir, port, args[2], Durability.DURABLE);
        System.out.println("PostgreSQL ready on port " + port + ", data in " + dataDir);

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (IOException e) {
                System.err.println("Stopping PostgreSQL failed: " + e.getMessage());
            }
            stopped.countDown();
        }));
        stopped.await();
    }
}
