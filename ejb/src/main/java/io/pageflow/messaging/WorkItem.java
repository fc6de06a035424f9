package io.pageflow.messaging;

import jakarta.jms.JMSException;
import jakarta.jms.Message;

/**
 * What a pipeline message says: "look at job 42" or "page 7 of job 42". It carries no state; the database
 * is the truth, so a duplicate or late message finds the work done and does nothing.
 *
 * @param stage      the stage that should handle it
 * @param jobId      the job
 * @param pageNumber the page for the page stage, the first page of the slice for the split stage, else 0
 * @param delivery   which delivery of the message this is, from 1 (the broker counts redeliveries)
 */
public record WorkItem(String stage, long jobId, int pageNumber, int delivery) {

    public WorkItem(String stage, long jobId, int pageNumber) {
        this(stage, jobId, pageNumber, 1);
    }

    static final String STAGE = "stage";
    static final String JOB_ID = "jobId";
    static final String PAGE_NUMBER = "pageNumber";
    static final String DELIVERY_COUNT = "JMSXDeliveryCount";

    public static WorkItem from(Message message) {
        try {
            int page = message.propertyExists(PAGE_NUMBER) ? message.getIntProperty(PAGE_NUMBER) : 0;
            int delivery = message.propertyExists(DELIVERY_COUNT) ? message.getIntProperty(DELIVERY_COUNT) : 1;
            return new WorkItem(message.getStringProperty(STAGE), message.getLongProperty(JOB_ID), page, delivery);
        } catch (JMSException | NumberFormatException | NullPointerException e) {
            throw new IllegalArgumentException("Not a Pageflow work item: " + message, e);
        }
    }

    void writeTo(Message message) throws JMSException {
        message.setStringProperty(STAGE, stage);
        message.setLongProperty(JOB_ID, jobId);
        if (pageNumber > 0) {
            message.setIntProperty(PAGE_NUMBER, pageNumber);
        }
    }

    @Override
    public String toString() {
        return pageNumber > 0 ? stage + " job " + jobId + " page " + pageNumber : stage + " job " + jobId;
    }
}
