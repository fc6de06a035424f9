package io.pageflow.gateway;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.MessageListener;

import io.pageflow.messaging.Queues;
import io.pageflow.messaging.StageConsumer;
import io.pageflow.messaging.WorkItem;

/** Consumes {@code pageflow.gateway} messages: one attempt at the conversion gateway each. */
@MessageDriven(messageListenerInterface = MessageListener.class, activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Queues.GATEWAY),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2"),
        @ActivationConfigProperty(propertyName = "consumerWindowSize", propertyValue = Queues.CONSUMER_WINDOW)
})
public class GatewayConsumer extends StageConsumer {

    @Inject
    GatewayService gateway;

    @Override
    protected void run(WorkItem item) {
        gateway.convert(item.jobId(), item.delivery());
    }
}
