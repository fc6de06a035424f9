package io.pageflow.split;

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

/** Consumes {@code pageflow.split} messages and runs the split stage for them. */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Queues.SPLIT),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2")
})
public class SplitConsumer implements MessageListener {

    @Inject
    SplitService splits;

    @Inject
    EventLog events;

    @Resource
    MessageDrivenContext context;

    @Override
    public void onMessage(Message message) {
        Deliveries.handle(message, context, events, item -> splits.split(item.jobId()));
    }
}
