package io.pageflow.it.suite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.jboss.arquillian.container.spi.event.container.BeforeStart;
import org.jboss.arquillian.core.api.annotation.Observes;

/**
 * Gives the test server a fresh base directory of its own before it starts (arquillian.xml points
 * {@code jboss.server.base.dir} at it): the provisioned server's configuration, copied, so that tests never
 * change the server that {@code ./pageflow start} runs, and nothing left from an earlier run; and, in it, the
 * {@link ManagementUser}. With {@code PAGEFLOW_OIDC_PROVIDER_URL} in the environment (the ear module's {@code oidc}
 * profile) the copy gets single sign-on as {@code ./pageflow start} would: by the server's
 * {@code bin/configure-oidc.sh}.
 */
public class ServerBaseDirectory {

    public void prepare(@Observes BeforeStart event) throws IOException {
        Path server = Path.of(System.getProperty("it.server.dir"));
        Path base = Path.of(System.getProperty("it.base.dir"));
        if (Files.exists(base)) {
            try (Stream<Path> old = Files.walk(base)) {
                for (Path path : (Iterable<Path>) old.sorted(Comparator.reverseOrder())::iterator) {
                    Files.delete(path);
                }
            }
        }
        Files.createDirectories(base);
        Path configuration = server.resolve("standalone/configuration");
        try (Stream<Path> files = Files.walk(configuration)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Files.copy(source, base.resolve("configuration").resolve(configuration.relativize(source).toString()));
            }
        }
        Files.createDirectories(base.resolve("deployments"));
        ManagementUser.create(server, base.resolve("configuration"));
        if (System.getenv("PAGEFLOW_OIDC_PROVIDER_URL") != null) {
            configureSingleSignOn(server, base);
        }
    }

    private static void configureSingleSignOn(Path server, Path base) throws IOException {
        Path log = base.resolve("configure-oidc.log");
        Process cli = new ProcessBuilder("sh", server.resolve("bin/configure-oidc.sh").toString(), base.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!cli.waitFor(5, TimeUnit.MINUTES) || cli.exitValue() != 0) {
                cli.destroyForcibly();
                throw new IllegalStateException("bin/configure-oidc.sh failed; see " + log + ":\n" + Files.readString(log));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
