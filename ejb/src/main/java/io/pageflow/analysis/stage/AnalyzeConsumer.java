package io.pageflow.analysis.stage;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.MessageListener;

import io.pageflow.messaging.Queues;
import io.pageflow.messaging.StageConsumer;
import io.pageflow.messaging.WorkItem;

/** Consumes {@code pageflow.analyze} messages. */
@MessageDriven(messageListenerInterface = MessageListener.class, activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Queues.ANALYZE),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "${env.PAGEFLOW_WORKERS:2}"),
        @ActivationConfigProperty(propertyName = "consumerWindowSize", propertyValue = Queues.CONSUMER_WINDOW)
})
public class AnalyzeConsumer extends StageConsumer {

    @Inject
    AnalyzeService analyze;

    @Override
    protected void run(WorkItem item) {
        analyze.analyze(item.jobId());
    }
}
