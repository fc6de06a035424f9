package io.pageflow.it.suite;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The test server's management user, as {@code ./pageflow start} makes one: with the server's own
 * {@code bin/add-user.sh}, in the configuration the server starts from. The management console, the management
 * API over HTTP and JMX log in with it, on the test server and on a second node alike.
 */
public final class ManagementUser {

    public static final String NAME = "pageflow-it";
    public static final String PASSWORD = "it-Management-1";

    private ManagementUser() {
    }

    public static void create(Path server, Path configuration) throws IOException {
        Process addUser = new ProcessBuilder(server.resolve("bin/add-user.sh").toString(), "-sc", configuration.toString(),
                "-u", NAME, "-p", PASSWORD, "-s", "-e")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            if (!addUser.waitFor(60, TimeUnit.SECONDS) || addUser.exitValue() != 0) {
                throw new IllegalStateException("bin/add-user.sh did not create the management user " + NAME);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
