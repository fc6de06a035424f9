package io.pageflow.messaging;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.ejb.MessageDrivenContext;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

import io.pageflow.error.PipelineFailure;
import io.pageflow.event.EventLog;
import io.pageflow.event.EventType;

/**
 * What every stage's message-driven bean does with a message: read the work item, run the stage, and on a
 * failure roll back so that the broker redelivers it later (with a growing delay, and to the dead-letter
 * queue after the last attempt). Stages fail terminal errors themselves; what arrives here is worth retrying.
 * Subclasses carry the queue in their {@code @MessageDriven} annotation and say which service runs.
 */
public abstract class StageConsumer implements MessageListener {

    private static final Logger LOG = Logger.getLogger(StageConsumer.class.getName());

    @Inject
    EventLog events;

    @Inject
    StageRuns runs;

    @Resource
    MessageDrivenContext context;

    /** Runs the stage for one work item, in the message's transaction. */
    protected abstract void run(WorkItem item);

    @Override
    public void onMessage(Message message) {
        WorkItem item;
        try {
            item = WorkItem.from(message);
        } catch (IllegalArgumentException e) {
            LOG.log(Level.WARNING, "Dropping a message that is not a Pageflow work item", e);
            return;
        }
        if (runs.yieldsToReading(item)) {
            runs.giveWayToReading();
        }
        StageRuns.Run stageRun = runs.begin(item);
        try {
            run(item);
        } catch (RuntimeException e) {
            stageRun.failed();
            PipelineFailure failure = PipelineFailure.of(e);
            String delivery = deliveryCount(message);
            LOG.log(Level.WARNING, e, () -> item + " failed (delivery " + delivery + "), will retry: "
                    + failure.code() + " " + failure.message());
            context.setRollbackOnly();
            recordRetry(item, delivery, failure);
        } finally {
            stageRun.end();
        }
    }

    private void recordRetry(WorkItem item, String delivery, PipelineFailure failure) {
        try {
            events.recordNow(item.jobId(), item.pageNumber() > 0 ? item.pageNumber() : null, EventType.RETRY_SCHEDULED,
                    new PipelineFailure(failure.code(), item.stage() + " delivery " + delivery + " failed: " + failure.message()));
        } catch (RuntimeException e) {
            // the trail is best effort here: the database may be what failed
            LOG.log(Level.FINE, "Cannot record the retry of " + item, e);
        }
    }

    private static String deliveryCount(Message message) {
        try {
            return Integer.toString(message.getIntProperty("JMSXDeliveryCount"));
        } catch (JMSException | NumberFormatException e) {
            return "?";
        }
    }
}
