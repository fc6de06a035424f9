package io.pageflow.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

import jakarta.json.JsonObject;

/**
 * A real Keycloak (keycloak-quarkus-dist, unpacked by the ear module's {@code oidc} profile) in development mode on
 * the port the build reserved, with the realm of {@code src/test/resources/oidc/pageflow-realm.json} imported
 * into a fresh database. Keycloak 26 needs Java 21 or later, which the tests' own JVM need not be: it runs on
 * {@code KEYCLOAK_JAVA_HOME}, or the newest JDK of 21 or later under /usr/lib/jvm.
 */
final class KeycloakServer implements AutoCloseable {

    static final int PORT = Integer.getInteger("pageflow.keycloak.port", 18180);
    static final String REALM_URL = "http://127.0.0.1:" + PORT + "/realms/pageflow";
    private static final Path LOG = Path.of(System.getProperty("pageflow.work.dir", "target"), "keycloak.log");

    private final Process process;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private KeycloakServer(Process process) {
        this.process = process;
    }

    /** Starts Keycloak and returns once its realm answers (about 100 s on a loaded 2-core machine). */
    static KeycloakServer start() throws IOException, InterruptedException {
        Path home = Path.of(System.getProperty("pageflow.keycloak.home", "target/keycloak"));
        if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("no Keycloak in " + home + ": run with -Poidc, which unpacks it there");
        }
        Path javaHome = java21OrLater().orElseThrow(() -> new IllegalStateException(
                "Keycloak needs Java 21 or later and none was found: set KEYCLOAK_JAVA_HOME or install a JDK 21+ under /usr/lib/jvm"));
        deleteTree(home.resolve("data"));
        Files.createDirectories(home.resolve("data/import"));
        try (var realm = KeycloakServer.class.getResourceAsStream("/oidc/pageflow-realm.json")) {
            Files.copy(realm, home.resolve("data/import/pageflow-realm.json"));
        }
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-host=127.0.0.1", "--http-port=" + PORT, "--import-realm")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(LOG.toFile()));
        builder.environment().put("JAVA_HOME", javaHome.toString());
        KeycloakServer server = new KeycloakServer(builder.start());
        try {
            server.awaitRealm(Duration.ofMinutes(6));
        } catch (RuntimeException | InterruptedException e) {
            server.close();
            throw e;
        }
        return server;
    }

    /** An access token of the user (password grant), issued for the client. */
    String accessToken(String user, String client) {
        String form = "grant_type=password&client_id=" + encode(client) + "&username=" + encode(user)
                + "&password=" + encode(user + "-password-1");
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(REALM_URL + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused a token for " + user + ": " + answer.statusCode() + " " + answer.body());
        }
        return ((JsonObject) PageflowClient.json(answer.body())).getString("access_token");
    }

    String accessToken(String user) {
        return accessToken(user, "pageflow");
    }

    private void awaitRealm(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited; see " + LOG);
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(REALM_URL + "/.well-known/openid-configuration")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            TestApi.pause(1000);
        }
        throw new IllegalStateException("Keycloak's realm did not answer within " + timeout + "; see " + LOG);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** KEYCLOAK_JAVA_HOME, else the JDK of the highest version of 21 or later under /usr/lib/jvm. */
    static Optional<Path> java21OrLater() throws IOException {
        String given = System.getenv("KEYCLOAK_JAVA_HOME");
        if (given != null && !given.isBlank()) {
            return Optional.of(Path.of(given)).filter(home -> featureVersion(home) >= 21);
        }
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (Stream<Path> homes = Files.list(jvms)) {
            return homes.filter(home -> Files.isExecutable(home.resolve("bin/java")) && featureVersion(home) >= 21)
                    .max(Comparator.comparingInt(KeycloakServer::featureVersion));
        }
    }

    /** The JDK's major version from its {@code release} file (JAVA_VERSION="25.0.1"), 0 when unknown. */
    private static int featureVersion(Path home) {
        Properties release = new Properties();
        try (var in = Files.newInputStream(home.resolve("release"))) {
            release.load(in);
        } catch (IOException e) {
            return 0;
        }
        String version = release.getProperty("JAVA_VERSION", "\"0\"").replace("\"", "");
        try {
            return Integer.parseInt(version.split("[.+-]")[0]);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> old = Files.walk(root)) {
                for (Path path : (Iterable<Path>) old.sorted(Comparator.reverseOrder())::iterator) {
                    Files.delete(path);
                }
            }
        }
    }

    /** Stops Keycloak: kc.sh and the JVM it started. */
    @Override
    public void close() {
        List<ProcessHandle> tree = Stream.concat(process.descendants(), Stream.of(process.toHandle())).toList();
        tree.forEach(ProcessHandle::destroy);
        for (ProcessHandle handle : tree) {
            try {
                handle.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                handle.destroyForcibly();
            }
        }
    }
}
