package io.pageflow.config;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Reads and checks {@link PageflowSettings} when the application deploys, before any bean exists: the first
 * event of the container's start, so that no message is consumed, no migration runs and no other setting is
 * read (the LLM engine's policy reads its own while beans are discovered) with a wrong value. A wrong value
 * fails the deployment with one message naming every problem, written to the server log first on a line of
 * its own. The settings checked are offered for injection, read once.
 */
public class SettingsCheck implements Extension {

    private static final Logger LOG = Logger.getLogger(SettingsCheck.class.getName());

    private PageflowSettings settings;

    void check(@Observes BeforeBeanDiscovery event) {
        try {
            settings = PageflowSettings.from(ConfigProvider.getConfig(SettingsCheck.class.getClassLoader()));
        } catch (InvalidSettingsException e) {
            // The deployment's failure is reported deep inside the container's exception chain; this line is not.
            LOG.log(Level.SEVERE, e.getMessage());
            throw e;
        }
    }

    void offer(@Observes AfterBeanDiscovery event) {
        event.addBean().types(PageflowSettings.class, Object.class).scope(Singleton.class)
                .beanClass(PageflowSettings.class).createWith(context -> settings);
    }
}
