package io.pageflow.messaging;

import java.util.logging.Logger;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

import io.pageflow.error.ErrorCode;
import io.pageflow.error.PipelineFailure;
import io.pageflow.event.EventLog;
import io.pageflow.event.EventType;
import io.pageflow.logging.LogContext;
import io.pageflow.page.PageService;
import io.pageflow.state.JobStates;

/**
 * Consumes messages that exhausted their deliveries and marks their work failed, so that nothing stays
 * {@code processing} forever: a page fails with {@code DELIVERY_EXHAUSTED} (and the job goes on), any
 * other stage fails its job.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Queues.DEAD_LETTERS),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1")
})
public class DeadLetterConsumer implements MessageListener {

    private static final Logger LOG = Logger.getLogger(DeadLetterConsumer.class.getName());

    @Inject
    PageService pages;

    @Inject
    JobStates jobs;

    @Inject
    EventLog events;

    @Override
    public void onMessage(Message message) {
        WorkItem item;
        try {
            item = WorkItem.from(message);
        } catch (IllegalArgumentException e) {
            LOG.warning("Dropping a dead letter that is not a Pageflow work item: " + message);
            return;
        }
        LogContext.work(item.stage(), item.jobId(), item.pageNumber());
        try {
            LOG.warning(() -> "Giving up on " + item + " after its last delivery");
            events.record(item.jobId(), item.pageNumber() > 0 ? item.pageNumber() : null, EventType.DEAD_LETTER,
                    item.stage() + " message exhausted its deliveries");
            if (Queues.STAGE_PAGE.equals(item.stage())) {
                pages.giveUp(item.jobId(), item.pageNumber());
            } else {
                jobs.fail(item.jobId(), new PipelineFailure(ErrorCode.DELIVERY_EXHAUSTED,
                        "The " + item.stage() + " stage kept failing and was given up after its last attempt."));
            }
        } finally {
            LogContext.clear();
        }
    }
}
