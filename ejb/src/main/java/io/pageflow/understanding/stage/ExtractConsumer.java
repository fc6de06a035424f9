package io.pageflow.understanding.stage;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.MessageListener;

import io.pageflow.messaging.Queues;
import io.pageflow.messaging.StageConsumer;
import io.pageflow.messaging.WorkItem;

/** Consumes {@code pageflow.extract} messages. */
@MessageDriven(messageListenerInterface = MessageListener.class, activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Queues.EXTRACT),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "${env.PAGEFLOW_WORKERS:2}"),
        @ActivationConfigProperty(propertyName = "consumerWindowSize", propertyValue = Queues.CONSUMER_WINDOW)
})
public class ExtractConsumer extends StageConsumer {

    @Inject
    ExtractService extract;

    @Override
    protected void run(WorkItem item) {
        extract.extract(item.jobId(), item.delivery());
    }
}
