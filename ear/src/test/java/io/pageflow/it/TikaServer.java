package io.pageflow.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * Apache Tika server (tika-server-standard from Maven Central, fetched into the local repository by ear/pom.xml) in
 * its own JVM on the port the build reserved. Tika runs its parsers in a forked child JVM, so stopping it and
 * counting its CPU time take the whole process tree.
 */
final class TikaServer implements AutoCloseable {

    static final int PORT = Integer.getInteger("pageflow.tika.port");
    static final String URL = "http://127.0.0.1:" + PORT;

    private final Process process;

    private TikaServer(Process process) {
        this.process = process;
    }

    /** Starts the server and returns once it answers its welcome page (tens of seconds on a loaded machine). */
    static TikaServer start() throws IOException, InterruptedException {
        Path work = Path.of(System.getProperty("pageflow.work.dir"));
        Process process = new ProcessBuilder("java", "-jar", System.getProperty("pageflow.tika.jar"), "-h", "127.0.0.1",
                "-p", Integer.toString(PORT))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("tika-server.log").toFile()))
                .start();
        TikaServer server = new TikaServer(process);
        try {
            server.awaitAnswer();
        } catch (RuntimeException | InterruptedException e) {
            server.close();
            throw e;
        }
        return server;
    }

    /** CPU time of the server and its forked parser JVM so far. */
    Duration cpu() {
        try (Stream<ProcessHandle> tree = Stream.concat(Stream.of(process.toHandle()), process.descendants())) {
            return tree.map(p -> p.info().totalCpuDuration().orElse(Duration.ZERO)).reduce(Duration.ZERO, Duration::plus);
        }
    }

    private void awaitAnswer() throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Tika server exited; see target/tika-server.log");
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(URL + "/tika")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            TestApi.pause(500);
        }
        throw new IllegalStateException("Tika server did not answer within 3 minutes; see target/tika-server.log");
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
