package io.pageflow.messaging;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;

/**
 * Rings the next stage's doorbell. It sends through the server's XA connection factory, so a message sent
 * inside a transaction goes out only if that transaction's database writes commit too.
 */
@ApplicationScoped
public class PipelineMessenger {

    @Inject
    @JMSConnectionFactory("java:/JmsXA")
    JMSContext jms;

    @Resource(lookup = Queues.SPLIT)
    Queue splitQueue;

    @Resource(lookup = Queues.PAGE)
    Queue pageQueue;

    @Resource(lookup = Queues.CLASSIFY)
    Queue classifyQueue;

    @Resource(lookup = Queues.EXTRACT)
    Queue extractQueue;

    @Resource(lookup = Queues.INDEX)
    Queue indexQueue;

    @Resource(lookup = Queues.EXPORT)
    Queue exportQueue;

    @Resource(lookup = Queues.GATEWAY)
    Queue gatewayQueue;

    @Resource(lookup = Queues.ANALYZE)
    Queue analyzeQueue;

    @Resource(lookup = Queues.CONSOLIDATE)
    Queue consolidateQueue;

    /** The broker delivers higher JMS priorities first and keeps FIFO order within one priority. */
    public void split(long jobId, int priority) {
        send(splitQueue, new WorkItem(Queues.STAGE_SPLIT, jobId, 0), priority);
    }

    /** The split stage's next slice, from {@code firstPage}. */
    public void split(long jobId, int firstPage, int priority) {
        send(splitQueue, new WorkItem(Queues.STAGE_SPLIT, jobId, firstPage), priority);
    }

    public void page(long jobId, int pageNumber, int priority) {
        send(pageQueue, new WorkItem(Queues.STAGE_PAGE, jobId, pageNumber), priority);
    }

    /** The classify stage, one message at a time per job: each handles a slice and rings for the next. */
    public void classify(long jobId) {
        send(classifyQueue, new WorkItem(Queues.STAGE_CLASSIFY, jobId, 0), Message.DEFAULT_PRIORITY);
    }

    /** The extract stage, like {@link #classify}. */
    public void extract(long jobId) {
        send(extractQueue, new WorkItem(Queues.STAGE_EXTRACT, jobId, 0), Message.DEFAULT_PRIORITY);
    }

    public void index(long jobId) {
        send(indexQueue, new WorkItem(Queues.STAGE_INDEX, jobId, 0), Message.DEFAULT_PRIORITY);
    }

    public void export(long jobId) {
        send(exportQueue, new WorkItem(Queues.STAGE_EXPORT, jobId, 0), Message.DEFAULT_PRIORITY);
    }

    /** The conversion gateway's stage, for a job that asked for it; one message per attempt. */
    public void gateway(long jobId) {
        send(gatewayQueue, new WorkItem(Queues.STAGE_GATEWAY, jobId, 0), Message.DEFAULT_PRIORITY);
    }

    /** An analysis's next page: one message at a time per job, each rings for the next. */
    public void analyze(long jobId) {
        send(analyzeQueue, new WorkItem(Queues.STAGE_ANALYZE, jobId, 0), Message.DEFAULT_PRIORITY);
    }

    /** A consolidation's next slice of pages, like {@link #analyze}. */
    public void consolidate(long jobId) {
        send(consolidateQueue, new WorkItem(Queues.STAGE_CONSOLIDATE, jobId, 0), Message.DEFAULT_PRIORITY);
    }

    private void send(Queue queue, WorkItem item, int priority) {
        Message message = jms.createMessage();
        try {
            item.writeTo(message);
        } catch (JMSException e) {
            throw new IllegalStateException("Cannot write message for " + item, e);
        }
        jms.createProducer().setPriority(priority).send(queue, message);
    }
}
