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
 * {@code PAGEFLOW_WORKERS} (OCR is CPU-bound: one per core is right). Each consumer takes one message at a time
 * from the broker (a consumer window of 0): with the broker's default window, the pages of a job would be dealt out
 * in turn to the consumers, and a consumer done with its light pages would sit idle while another still holds heavy
 * ones; on several nodes, a busy node would hold pages an idle one could read.
 */
@MessageDriven(messageListenerInterface = MessageListener.class, activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Queues.PAGE),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "${env.PAGEFLOW_WORKERS:2}"),
        @ActivationConfigProperty(propertyName = "consumerWindowSize", propertyValue = "0")
})
public class PageConsumer extends StageConsumer {

    @Inject
    PageService pages;

    @Override
    protected void run(WorkItem item) {
        pages.process(item.jobId(), item.pageNumber());
    }
}
