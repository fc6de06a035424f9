package io.pageflow.metrics;

import java.lang.reflect.Field;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * The server's registry behind the one WildFly injects. WildFly 39's per-deployment registry implements only the
 * shorthand methods ({@code counter(name, tags)}, {@code timer(name, tags)}…): meters made with builders stay in
 * a registry of its own that nothing exposes, and the shorthand cannot give a timer its buckets. Its parent, the
 * server's composite registry, takes builders and passes them on to the Prometheus registry.
 */
final class ServerRegistry {

    private static final Logger LOG = Logger.getLogger(ServerRegistry.class.getName());
    static final String WILDFLY_APPLICATION_REGISTRY = "org.wildfly.extension.micrometer.registry.ApplicationRegistry";

    private ServerRegistry() {
    }

    static MeterRegistry behind(MeterRegistry injected) {
        if (!injected.getClass().getName().equals(WILDFLY_APPLICATION_REGISTRY)) {
            return injected;
        }
        try {
            Field parent = injected.getClass().getDeclaredField("parentRegistry");
            parent.setAccessible(true);
            return (MeterRegistry) parent.get(injected);
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(Level.WARNING, "Cannot reach the server's meter registry; pipeline meters will not be exposed", e);
            return injected;
        }
    }
}
