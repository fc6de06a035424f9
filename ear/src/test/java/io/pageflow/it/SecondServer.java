package io.pageflow.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;

import io.pageflow.it.suite.ManagementUser;

/**
 * Another Pageflow node for tests that must kill one or hand work over to one: the provisioned server started
 * from its own base folder on the free ports the build reserved for it, sharing the database and storage with
 * the main test server, with the same {@link ManagementUser} (its JMX and management API log in alike).
 */
final class SecondServer {

    static final int HTTP_PORT = Integer.getInteger("pageflow.second.http.port", 8280);
    static final int MANAGEMENT_PORT = Integer.getInteger("pageflow.second.management.port", 10190);
    static final String URL = "http://127.0.0.1:" + HTTP_PORT;
    /** jboss.node.name, which begins the node's id in the job's trail ({@code second/…}). */
    static final String NODE_NAME = "second";

    private final int workers;
    private final Map<String, String> extraEnvironment;
    private final Path serverDir = Path.of(System.getProperty("pageflow.server.dir"));
    private final Path baseDir = Path.of(System.getProperty("pageflow.work.dir"), "second-server");
    private Process process;

    SecondServer() {
        this(2);
    }

    /** @param workers pages processed at once (PAGEFLOW_WORKERS) */
    SecondServer(int workers) {
        this(workers, Map.of());
    }

    /** @param environment more environment variables for the server, e.g. another storage */
    SecondServer(int workers, Map<String, String> environment) {
        this.workers = workers;
        this.extraEnvironment = environment;
    }

    void start() throws IOException, InterruptedException {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("the second server is already running");
        }
        if (process == null) {
            prepareBaseDir();
        }
        ProcessBuilder builder = new ProcessBuilder(serverDir.resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + baseDir, "-Djboss.http.port=" + HTTP_PORT,
                "-Djboss.management.http.port=" + MANAGEMENT_PORT,
                "-Djboss.node.name=" + NODE_NAME)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(baseDir.resolve("console.log").toFile()));
        builder.environment().putAll(Map.of(
                "LAUNCH_JBOSS_IN_BACKGROUND", "1",
                "PAGEFLOW_DB_URL", System.getProperty("it.db.url"),
                "PAGEFLOW_DB_USER", System.getProperty("it.db.user"),
                "PAGEFLOW_DB_PASSWORD", System.getProperty("it.db.password"),
                "PAGEFLOW_STORAGE_DIR", System.getProperty("pageflow.storage.dir"),
                "PAGEFLOW_NODE_ID", "pageflow-second",
                "PAGEFLOW_WORKERS", Integer.toString(workers),
                "PAGEFLOW_LEASE_SECONDS", "12",
                "PAGEFLOW_REAPER_INTERVAL_SECONDS", "2",
                "OMP_THREAD_LIMIT", "1"));
        builder.environment().put("JDK_JAVA_OPTIONS", "-XX:UseAVX=2"); // as ./pageflow starts it
        builder.environment().putAll(extraEnvironment);
        process = builder.start();
        awaitReady();
    }

    /** The server's JVM (standalone.sh is its parent). */
    long javaPid() {
        try (Stream<ProcessHandle> children = process.descendants()) {
            return children.filter(p -> p.info().command().map(c -> c.endsWith("java")).orElse(false))
                    .findFirst().orElseThrow().pid();
        }
    }

    /** Kills the server's JVM with SIGKILL: no shutdown hooks, no transaction completes. */
    void kill() throws InterruptedException {
        try (Stream<ProcessHandle> children = process.descendants()) {
            children.forEach(ProcessHandle::destroyForcibly);
        }
        process.destroyForcibly();
        process.waitFor();
    }

    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    private void prepareBaseDir() throws IOException {
        Path configuration = baseDir.resolve("configuration");
        if (Files.exists(baseDir)) {
            try (Stream<Path> old = Files.walk(baseDir)) {
                old.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(baseDir.resolve("deployments"));
        try (Stream<Path> files = Files.walk(serverDir.resolve("standalone/configuration"))) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = configuration.resolve(serverDir.resolve("standalone/configuration").relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        ManagementUser.create(serverDir, configuration);
        Files.copy(Path.of(System.getProperty("pageflow.ear")), baseDir.resolve("deployments/pageflow.ear"));
    }

    private void awaitReady() throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = http.send(PageflowClient.asAdmin(HttpRequest.newBuilder(URI.create(URL + "/api/jobs?limit=1"))).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("second server exited; see " + baseDir.resolve("console.log"));
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("second server not ready in 3 minutes; see " + baseDir.resolve("console.log"));
    }
}
