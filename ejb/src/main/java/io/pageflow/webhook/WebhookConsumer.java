package io.pageflow.webhook;

import java.util.logging.Logger;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

import io.pageflow.messaging.Queues;

/**
 * Consumes {@code pageflow.webhook}: one message is one attempt of one delivery. Claims the attempt, posts it
 * outside any database transaction, and records the outcome (and rings for the next attempt) in the message's. Like
 * the stages' consumers, each takes one message at a time ({@link Queues#CONSUMER_WINDOW}): a slow receiver must not
 * hold back the deliveries buffered behind its own.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = WebhookMessenger.QUEUE),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2"),
        @ActivationConfigProperty(propertyName = "consumerWindowSize", propertyValue = Queues.CONSUMER_WINDOW)
})
public class WebhookConsumer implements MessageListener {

    private static final Logger LOG = Logger.getLogger(WebhookConsumer.class.getName());

    @Inject
    DeliveryAttempts attempts;

    @Inject
    WebhookHttp http;

    @Override
    public void onMessage(Message message) {
        String id;
        int attempt;
        try {
            id = message.getStringProperty(WebhookMessenger.DELIVERY_ID);
            attempt = message.getIntProperty(WebhookMessenger.ATTEMPT);
        } catch (JMSException | NumberFormatException e) {
            id = null;
            attempt = 0;
        }
        if (id == null || attempt < 1) {
            LOG.warning("Dropping a message that is not a webhook attempt: " + message);
            return;
        }
        deliver(id, attempt);
    }

    private void deliver(String id, int attempt) {
        DeliveryAttempts.Claim claim = attempts.claim(id, attempt);
        if (claim.target() == null) {
            if (claim.busyMillis() > 0) {
                attempts.lookAgain(id, attempt, claim.busyMillis());
            }
            return;
        }
        Outcome outcome = http.post(claim.target());
        LOG.info(() -> "Webhook delivery " + id + " (" + claim.target().event() + ") attempt " + attempt + ": "
                + (outcome.delivered() ? "delivered, HTTP " + outcome.code() : outcome.error()));
        attempts.record(claim.target(), outcome);
    }
}
