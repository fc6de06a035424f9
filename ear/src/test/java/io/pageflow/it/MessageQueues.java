package io.pageflow.it;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.dmr.ModelNode;

/**
 * The test server's pipeline queues, read over its management API: how a test knows that every message it
 * caused has been consumed, instead of sleeping and hoping.
 */
final class MessageQueues {

    /** The stages' queues, the dead letters (whose consumer writes the job's trail too) and webhook deliveries. */
    static final List<String> PIPELINE = List.of("pageflow.split", "pageflow.page", "pageflow.classify",
            "pageflow.extract", "pageflow.index", "pageflow.export", "pageflow.gateway", "pageflow.analyze", "pageflow.consolidate",
            "pageflow.DLQ",
            "pageflow.webhook");

    private MessageQueues() {
    }

    /**
     * Waits until no pipeline queue holds a message (none waiting, in delivery or scheduled for redelivery),
     * so that whatever the messages sent so far were going to do is done; fails when that takes longer than
     * {@code timeout}.
     */
    static void awaitDrained(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, Long> counts = messageCounts();
        while (counts.values().stream().anyMatch(count -> count > 0)) {
            if (System.nanoTime() > deadline) {
                fail("the pipeline queues still hold messages after " + timeout + ": " + counts);
            }
            PageflowClient.sleep(100);
            counts = messageCounts();
        }
    }

    /** Messages in each pipeline queue, those being delivered and those scheduled for redelivery included. */
    static Map<String, Long> messageCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (ModelControllerClient client = ModelControllerClient.Factory.create("remote+http",
                InetAddress.getByName("127.0.0.1"), Integer.getInteger("it.management.port"))) {
            for (String queue : PIPELINE) {
                counts.put(queue, read(client, queue, "message-count"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the queues over the management API", e);
        }
        return counts;
    }

    /** One runtime attribute of a pipeline queue, e.g. {@code consumer-count}. */
    static long attribute(String queue, String attribute) {
        try (ModelControllerClient client = ModelControllerClient.Factory.create("remote+http",
                InetAddress.getByName("127.0.0.1"), Integer.getInteger("it.management.port"))) {
            return read(client, queue, attribute);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + attribute + " of " + queue, e);
        }
    }

    private static long read(ModelControllerClient client, String queue, String attribute) throws IOException {
        ModelNode operation = new ModelNode();
        operation.get("operation").set("read-attribute");
        ModelNode address = operation.get("address");
        address.add("subsystem", "messaging-activemq");
        address.add("server", "default");
        address.add("jms-queue", queue);
        operation.get("name").set(attribute);
        ModelNode result = client.execute(operation);
        if (!"success".equals(result.get("outcome").asString())) {
            throw new IllegalStateException("read " + attribute + " of " + queue + ": " + result);
        }
        return result.get("result").asLong();
    }
}
