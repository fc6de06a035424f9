package io.pageflow.page;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.MessageListener;

import io.pageflow.messaging.Queues;
import io.pageflow.messaging.StageConsumer;
import io.pageflow.messaging.WorkItem;

/**
 * Consumes {@code pageflow.page} messages: several pages at once, on every node, as many as
 * {@code PAGEFLOW_WORKERS} (OCR is CPU-bound: one per core is right), each taking one page at a time
 * ({@link Queues#CONSUMER_WINDOW}).
 */
@MessageDriven(messageListenerInterface = MessageListener.class, activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Queues.PAGE),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "${env.PAGEFLOW_WORKERS:2}"),
        @ActivationConfigProperty(propertyName = "consumerWindowSize", propertyValue = Queues.CONSUMER_WINDOW)
})
public class PageConsumer extends StageConsumer {

    @Inject
    PageService pages;

    @Override
    protected void run(WorkItem item) {
        pages.process(item.jobId(), item.pageNumber());
    }
}
