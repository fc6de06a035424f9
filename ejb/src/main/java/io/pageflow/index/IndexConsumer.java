package io.pageflow.index;

import jakarta.annotation.Resource;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.MessageDrivenContext;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

import io.pageflow.event.EventLog;
import io.pageflow.messaging.Deliveries;
import io.pageflow.messaging.Queues;

/** Consumes {@code pageflow.index} messages and runs the index stage for them. */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Queues.INDEX),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1")
})
public class IndexConsumer implements MessageListener {

    @Inject
    IndexService index;

    @Inject
    EventLog events;

    @Resource
    MessageDrivenContext context;

    @Override
    public void onMessage(Message message) {
        Deliveries.handle(message, context, events, item -> index.start(item.jobId()));
    }
}
