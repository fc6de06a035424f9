package io.pageflow.control;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;

import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.naming.InitialContext;
import javax.naming.NamingException;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.pageflow.messaging.StageRuns;
import io.pageflow.state.InFlightClaims;

/**
 * Stops this node's message-driven beans from taking messages, and tells when the work they had already
 * taken is done. Delivery is switched through the server's management model ({@code stop-delivery} and
 * {@code start-delivery} of each bean, reached as {@code jboss.as} MBeans): a runtime switch that a restart
 * undoes, unlike a delivery group's {@code active} flag, which is stored in the configuration. Messages not yet
 * taken stay in the queue for the other consumers; pages in flight finish (or roll back and are released).
 */
@ApplicationScoped
public class NodeDrain {

    private final MBeanServer server = ManagementFactory.getPlatformMBeanServer();

    @Inject
    StageRuns runs;

    @Inject
    InFlightClaims claims;

    private String application;

    /** The application's name, looked up while the caller's naming context is the application's. */
    @PostConstruct
    void findApplication() {
        try {
            application = InitialContext.doLookup("java:app/AppName");
        } catch (NamingException e) {
            throw new IllegalStateException("Cannot tell the application's name", e);
        }
    }

    /** Stops delivery to every message-driven bean of the application. */
    public void stopDelivery() {
        consumers().forEach(bean -> invoke(bean, "stopDelivery"));
    }

    public void startDelivery() {
        consumers().forEach(bean -> invoke(bean, "startDelivery"));
    }

    /** Whether every message-driven bean takes messages. */
    public boolean deliveryActive() {
        return consumers().stream().allMatch(this::active);
    }

    /** Whether no bean takes messages and nothing taken is still running here. */
    public boolean drained() {
        return consumers().stream().noneMatch(this::active) && runs.active() == 0 && claims.pageIds().isEmpty()
                && claims.indexingJobIds().isEmpty();
    }

    /** Waits up to {@code timeout} for {@link #drained()}; says where the node stands either way. */
    public String awaitDrained(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!drained() && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        return state();
    }

    public String state() {
        if (drained()) {
            return "drained";
        }
        String work = runs.active() + " message(s), " + claims.pageIds().size() + " page claim(s), "
                + claims.indexingJobIds().size() + " index job(s) in flight";
        return deliveryActive() ? "running: " + work : "draining: " + work;
    }

    private boolean active(ObjectName bean) {
        try {
            return Boolean.TRUE.equals(server.getAttribute(bean, "deliveryActive"));
        } catch (JMException e) {
            throw new IllegalStateException("Cannot read the delivery of " + bean, e);
        }
    }

    private void invoke(ObjectName bean, String operation) {
        try {
            server.invoke(bean, operation, new Object[0], new String[0]);
        } catch (JMException e) {
            throw new IllegalStateException("Cannot " + operation + " of " + bean, e);
        }
    }

    /** This application's message-driven beans, as the server's management model names them. */
    private Set<ObjectName> consumers() {
        Set<ObjectName> beans;
        try {
            beans = server.queryNames(new ObjectName("jboss.as:subsystem=ejb3,message-driven-bean=*,*"), null).stream()
                    .filter(bean -> String.valueOf(bean.getKeyProperty("deployment")).startsWith(application + "."))
                    .collect(Collectors.toSet());
        } catch (JMException e) {
            throw new IllegalStateException("Cannot find the application's message-driven beans", e);
        }
        if (beans.isEmpty()) {
            // an empty set would read as "drained" while every consumer still runs
            throw new IllegalStateException("No message-driven bean of " + application + " in the management model");
        }
        return beans;
    }
}
