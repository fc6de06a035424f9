package io.pageflow.export;

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

/** Consumes {@code pageflow.export} messages and runs the export stage for them. */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Queues.EXPORT),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2")
})
public class ExportConsumer implements MessageListener {

    @Inject
    ExportService exports;

    @Inject
    EventLog events;

    @Resource
    MessageDrivenContext context;

    @Override
    public void onMessage(Message message) {
        Deliveries.handle(message, context, events, item -> exports.export(item.jobId()));
    }
}
