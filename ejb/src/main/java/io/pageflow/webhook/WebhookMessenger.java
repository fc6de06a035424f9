package io.pageflow.webhook;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;

/**
 * Rings the webhook queue for one attempt of one delivery, now or after a delay (a scheduled message: the broker
 * keeps it, durably, until it is due). Sent through the XA connection factory, so it goes out only if the
 * transaction that wrote the delivery commits.
 */
@ApplicationScoped
public class WebhookMessenger {

    public static final String QUEUE = "java:/jms/queue/pageflow.webhook";
    static final String DELIVERY_ID = "deliveryId";
    static final String ATTEMPT = "attempt";

    @Inject
    @JMSConnectionFactory("java:/JmsXA")
    JMSContext jms;

    @Resource(lookup = QUEUE)
    Queue queue;

    public void attempt(String deliveryId, int attempt, long delayMillis) {
        Message message = jms.createMessage();
        try {
            message.setStringProperty(DELIVERY_ID, deliveryId);
            message.setIntProperty(ATTEMPT, attempt);
        } catch (JMSException e) {
            throw new IllegalStateException("Cannot write the message of delivery " + deliveryId, e);
        }
        jms.createProducer().setDeliveryDelay(Math.max(0, delayMillis)).send(queue, message);
    }
}
