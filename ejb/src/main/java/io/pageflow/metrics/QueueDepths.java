package io.pageflow.metrics;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The pipeline queues as the broker counts them, read from the server's management model through the
 * platform MBean server ({@code jboss.as:subsystem=messaging-activemq,server=default,jms-queue=…}). The count
 * includes messages in delivery and those waiting for a redelivery, which a {@code QueueBrowser} would miss.
 * With a remote broker these resources do not exist: the values are NaN, and the broker's own metrics apply.
 */
@ApplicationScoped
public class QueueDepths {

    private static final Logger LOG = Logger.getLogger(QueueDepths.class.getName());

    public static final String DEAD_LETTER_QUEUE = "pageflow.DLQ";
    /** The stage queues in pipeline order, then the dead letters. */
    public static final List<String> QUEUES = List.of("pageflow.split", "pageflow.page", "pageflow.classify",
            "pageflow.extract", "pageflow.index", "pageflow.export", "pageflow.gateway", "pageflow.analyze",
            "pageflow.consolidate", DEAD_LETTER_QUEUE);

    private final MBeanServer server = ManagementFactory.getPlatformMBeanServer();

    /** Messages in the queue now; NaN when the broker cannot tell. */
    public double messages(String queue) {
        return read(queue, "messageCount");
    }

    /**
     * Messages dead-lettered since the broker started. The dead-letter consumer takes them at once (it fails
     * their work), so the queue's own depth is nearly always 0; this count is what an alert wants.
     */
    public double deadLetters() {
        return read(DEAD_LETTER_QUEUE, "messagesAdded");
    }

    private double read(String queue, String attribute) {
        try {
            ObjectName name = new ObjectName("jboss.as:subsystem=messaging-activemq,server=default,jms-queue=" + queue);
            return ((Number) server.getAttribute(name, attribute)).doubleValue();
        } catch (JMException | RuntimeException e) {
            LOG.log(Level.FINE, e, () -> "Cannot read " + attribute + " of " + queue);
            return Double.NaN;
        }
    }
}
