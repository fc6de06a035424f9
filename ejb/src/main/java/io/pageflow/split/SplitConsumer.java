package io.pageflow.split;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.MessageListener;

import io.pageflow.messaging.Queues;
import io.pageflow.messaging.StageConsumer;
import io.pageflow.messaging.WorkItem;

/**
 * Consumes {@code pageflow.split} messages and runs the split stage for them. More at once than there are cores: a
 * slice spends about half its time waiting for the storage and for its commit, not on a core.
 */
@MessageDriven(messageListenerInterface = MessageListener.class, activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Queues.SPLIT),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "${env.PAGEFLOW_SPLIT_WORKERS:4}"),
        @ActivationConfigProperty(propertyName = "consumerWindowSize", propertyValue = Queues.CONSUMER_WINDOW)
})
public class SplitConsumer extends StageConsumer {

    @Inject
    SplitService splits;

    @Override
    protected void run(WorkItem item) {
        splits.split(item.jobId(), item.pageNumber());
    }
}
