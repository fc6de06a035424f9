package io.pageflow.it.suite;

import org.jboss.arquillian.core.spi.LoadableExtension;

/** Hooks the server's base directory, the test database and the application deployment into its start and stop. */
public class PageflowSuiteExtension implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(ServerBaseDirectory.class).observer(TestDatabase.class).observer(ApplicationDeployment.class);
    }
}
