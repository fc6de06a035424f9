package io.pageflow.it.suite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.jboss.arquillian.container.spi.event.container.BeforeStart;
import org.jboss.arquillian.core.api.annotation.Observes;

/**
 * Gives the test server a fresh base directory of its own before it starts (arquillian.xml points
 * {@code jboss.server.base.dir} at it): the provisioned server's configuration, copied, so that tests never
 * change the server that {@code ./pageflow start} runs, and nothing left from an earlier run; and, in it, the
 * {@link ManagementUser}.
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
    }
}
