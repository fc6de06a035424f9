package io.pageflow.analysis.stage;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.MessageListener;

import io.pageflow.messaging.Queues;
import io.pageflow.messaging.StageConsumer;
import io.pageflow.messaging.WorkItem;

/** Consumes {@code pageflow.consolidate} messages. */
@MessageDriven(messageListenerInterface = MessageListener.class, activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Queues.CONSOLIDATE),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1"),
        @ActivationConfigProperty(propertyName = "consumerWindowSize", propertyValue = Queues.CONSUMER_WINDOW)
})
public class ConsolidateConsumer extends StageConsumer {

    @Inject
    ConsolidateService consolidate;

    @Override
    protected void run(WorkItem item) {
        consolidate.consolidate(item.jobId());
    }
}
