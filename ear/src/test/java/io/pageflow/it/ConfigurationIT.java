package io.pageflow.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.ByteArrayAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wildfly.plugin.tools.Deployment;
import org.wildfly.plugin.tools.DeploymentManager;
import org.wildfly.plugin.tools.DeploymentResult;
import org.wildfly.plugin.tools.UndeployDescription;

/**
 * A wrong setting stops the application's deployment with a message naming the variable and the rule. Each case
 * deploys the built application once more beside the running one, under another name, with the wrong value in
 * its EJB module's microprofile-config.properties (the test server's environment does not set these settings),
 * and reads the failure the server answers and logs. The copy leaves out the web module, whose context root the
 * running application holds; the check runs in the EJB module, before any bean exists, so the copy never
 * consumes a message nor migrates the database. Far cheaper than a server started per case.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConfigurationIT {

    static final String NAME = "pageflow-config-check.ear";
    static final String STRUCTURE = "META-INF/jboss-deployment-structure.xml";
    static final String EJB_MODULE = "pageflow-ejb.jar";
    static final String CONFIG = "META-INF/microprofile-config.properties";

    @Test
    void aNegativeChunkSizeStopsTheDeployment() throws IOException {
        assertFailsWith(Map.of("pageflow.chunk.size", "-5"),
                "PAGEFLOW_CHUNK_SIZE (pageflow.chunk.size) = -5 must be greater than 0");
    }

    @Test
    void anOverlapLargerThanTheChunkStopsTheDeploymentAndIsLogged() throws IOException {
        String expected = "PAGEFLOW_CHUNK_OVERLAP (pageflow.chunk.overlap) = 2000 must be smaller than PAGEFLOW_CHUNK_SIZE = 1000";
        assertFailsWith(Map.of("pageflow.chunk.overlap", "2000"), expected);
        Path log = Path.of(System.getProperty("it.base.dir"), "log", "server.log");
        assertTrue(Files.readAllLines(log).stream().anyMatch(line -> line.contains(" [io.pageflow.config.SettingsCheck] ")
                && line.endsWith("Invalid configuration, Pageflow does not start: " + expected + " (see docs/configuration.md)")),
                "the server log has the message on a line of its own");
    }

    @Test
    void anUnknownStorageTypeStopsTheDeployment() throws IOException {
        assertFailsWith(Map.of("pageflow.storage.type", "azure"),
                "PAGEFLOW_STORAGE_TYPE (pageflow.storage.type) = azure must be filesystem or s3");
    }

    @Test
    void s3WithHalfItsCredentialsStopsTheDeployment() throws IOException {
        assertFailsWith(Map.of("pageflow.storage.type", "s3", "pageflow.s3.access-key", "AKIAEXAMPLE"),
                "PAGEFLOW_S3_SECRET_KEY (pageflow.s3.secret-key) = (unset) must be set when PAGEFLOW_S3_ACCESS_KEY is");
    }

    static void assertFailsWith(Map<String, String> settings, String expected) throws IOException {
        Path ear = withSettings(settings);
        try (ModelControllerClient client = ModelControllerClient.Factory.create("remote+http",
                InetAddress.getByName("127.0.0.1"), Integer.getInteger("it.management.port"))) {
            DeploymentManager manager = DeploymentManager.create(client);
            DeploymentResult result = manager.deploy(Deployment.of(ear).setName(NAME));
            try {
                assertFalse(result.successful(), "the deployment with " + settings + " must fail");
                assertTrue(result.getFailureMessage().contains("Invalid configuration, Pageflow does not start: " + expected),
                        result::getFailureMessage);
                assertFalse(manager.hasDeployment(NAME), "the failed deployment is rolled back");
            } finally {
                if (manager.hasDeployment(NAME)) {
                    manager.undeploy(UndeployDescription.of(NAME).setFailOnMissing(false));
                }
            }
        }
        assertEquals(200, TestApi.call(() -> new TestApi().jobs.listJobsWithHttpInfo(1, 0, null)).getStatusCode(),
                "the running application goes on");
    }

    /** The built EAR without its web module, with these settings added to its EJB module's configuration. */
    static Path withSettings(Map<String, String> settings) throws IOException {
        EnterpriseArchive ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class,
                Path.of(System.getProperty("pageflow.ear")).toFile());
        JavaArchive ejb = ShrinkWrap.createFromZipFile(JavaArchive.class, extract(ear, EJB_MODULE));
        StringBuilder config = new StringBuilder(read(ejb, CONFIG)).append('\n');
        settings.forEach((property, value) -> config.append(property).append('=').append(value).append('\n'));
        ejb.delete(CONFIG);
        ejb.add(new StringAsset(config.toString()), CONFIG);
        ear.delete(EJB_MODULE);
        ear.add(new ByteArrayAsset(export(ejb)), EJB_MODULE);
        String application = read(ear, "META-INF/application.xml")
                .replaceAll("(?s)<module>\\s*<web>.*?</web>\\s*</module>", "");
        ear.delete("pageflow-web.war");
        ear.delete("META-INF/application.xml");
        ear.add(new StringAsset(application), "META-INF/application.xml");
        // the web module's own dependencies go with it: WildFly refuses a structure naming a module not there
        String structure = read(ear, STRUCTURE)
                .replaceAll("(?s)<sub-deployment name=\"pageflow-web\\.war\">.*?</sub-deployment>", "");
        ear.delete(STRUCTURE);
        ear.add(new StringAsset(structure), STRUCTURE);
        Path file = Path.of(System.getProperty("pageflow.work.dir"), NAME);
        ear.as(ZipExporter.class).exportTo(file.toFile(), true);
        return file;
    }

    private static File extract(EnterpriseArchive ear, String module) throws IOException {
        Path file = Files.createTempFile("pageflow-ejb", ".jar");
        file.toFile().deleteOnExit();
        try (InputStream in = ear.get(module).getAsset().openStream()) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file.toFile();
    }

    private static String read(Archive<?> archive, String path) throws IOException {
        try (InputStream in = archive.get(path).getAsset().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static byte[] export(JavaArchive archive) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        archive.as(ZipExporter.class).exportTo(bytes);
        return bytes.toByteArray();
    }
}
