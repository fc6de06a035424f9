package io.pageflow.it.suite;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;

import org.jboss.arquillian.container.spi.event.container.AfterStart;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.as.controller.client.ModelControllerClient;
import org.wildfly.plugin.tools.Deployment;
import org.wildfly.plugin.tools.DeploymentManager;
import org.wildfly.plugin.tools.UndeployDescription;

/**
 * Deploys the application (target/pageflow.ear, as built) once, right after the server has started, and
 * undeploys it before the server stops. Every test class runs against this one deployment: deploying the
 * EAR per class would repeat its start (migrations, the embedding model) for each of them. In-container
 * test classes deploy only a small WAR of their own beside it ({@link io.pageflow.it.InContainer}).
 */
public class ApplicationDeployment {

    static final String NAME = "pageflow.ear";

    public void deploy(@Observes AfterStart event) throws IOException {
        Path ear = Path.of(System.getProperty("pageflow.ear"));
        long started = System.nanoTime();
        try (ModelControllerClient client = client()) {
            DeploymentManager.create(client).deploy(Deployment.of(ear).setName(NAME)).assertSuccess();
        }
        System.out.printf("Deployed %s in %d ms%n", ear, (System.nanoTime() - started) / 1_000_000);
    }

    public void undeploy(@Observes BeforeStop event) throws IOException {
        try (ModelControllerClient client = client()) {
            DeploymentManager manager = DeploymentManager.create(client);
            if (manager.hasDeployment(NAME)) {
                manager.undeploy(UndeployDescription.of(NAME)).assertSuccess();
            }
        }
    }

    private static ModelControllerClient client() throws IOException {
        return ModelControllerClient.Factory.create("remote+http", InetAddress.getByName("127.0.0.1"),
                Integer.getInteger("it.management.port"));
    }
}
