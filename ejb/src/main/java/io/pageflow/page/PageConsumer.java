package io.pageflow.page;

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

/**
 * Consumes {@code pageflow.page} messages: several pages at once, on every node, as many as
 * {@code PAGEFLOW_WORKERS} (OCR is CPU-bound: one per core is right).
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Queues.PAGE),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "${env.PAGEFLOW_WORKERS:2}")
})
public class PageConsumer implements MessageListener {

    @Inject
    PageService pages;

    @Inject
    EventLog events;

    @Resource
    MessageDrivenContext context;

    @Override
    public void onMessage(Message message) {
        Deliveries.handle(message, context, events, item -> pages.process(item.jobId(), item.pageNumber()));
    }
}
