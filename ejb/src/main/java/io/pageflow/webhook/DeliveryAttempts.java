package io.pageflow.webhook;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The database side of a delivery attempt. The attempt is claimed in a short transaction of its own (the
 * attempt number, guarded by the one before, and a lease), so that the HTTP call runs holding no connection and
 * no lock; its outcome is written in the message's transaction, together with the message for the next attempt.
 * A duplicate or late message finds the attempt taken or the delivery finished and does nothing; a message whose
 * attempt's lease is still held (its first consumer crashed mid-call) looks again when the lease runs out.
 */
@Stateless
public class DeliveryAttempts {

    @PersistenceContext(unitName = "pageflow")
    EntityManager em;

    @Inject
    WebhookSettings settings;

    @Inject
    WebhookMessenger messenger;

    /** What to send for one attempt; {@code secret} is null for a callback when no callback secret is configured. */
    public record Target(String id, int attempt, String url, String event, String body, String secret) {
    }

    /**
     * What a message found: the attempt to make, or nothing, or an attempt held by another consumer until
     * {@code busyMillis} from now.
     */
    public record Claim(Target target, long busyMillis) {
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Claim claim(String id, int attempt) {
        OffsetDateTime now = OffsetDateTime.now();
        int claimed = em.createNativeQuery("""
                update webhook_delivery set attempts = ?2, last_attempt_at = ?3, lease_until = ?4, next_attempt_at = null
                 where id = cast(?1 as uuid) and status = 'pending'
                   and (attempts = ?2 - 1 or (attempts = ?2 and lease_until < ?3))""")
                .setParameter(1, id).setParameter(2, attempt).setParameter(3, now)
                .setParameter(4, now.plusSeconds(settings.leaseSeconds()))
                .executeUpdate();
        if (claimed == 1) {
            Object[] r = (Object[]) em.createNativeQuery("""
                    select d.url, d.event, d.body, w.secret from webhook_delivery d left join webhook w on w.id = d.webhook_id
                     where d.id = cast(?1 as uuid)""").setParameter(1, id).getSingleResult();
            String secret = r[3] != null ? (String) r[3] : settings.callbackSecret().orElse(null);
            return new Claim(new Target(id, attempt, (String) r[0], (String) r[1], (String) r[2], secret), 0);
        }
        List<?> held = em.createNativeQuery("""
                select lease_until from webhook_delivery
                 where id = cast(?1 as uuid) and status = 'pending' and attempts = ?2 and lease_until >= ?3""")
                .setParameter(1, id).setParameter(2, attempt).setParameter(3, now).getResultList();
        return held.isEmpty() ? new Claim(null, 0)
                : new Claim(null, Math.max(1000, Duration.between(now, Rows.time(held.get(0))).toMillis() + 1000));
    }

    /** Rings again for an attempt held by another consumer, once its lease has run out. */
    public void lookAgain(String id, int attempt, long delayMillis) {
        messenger.attempt(id, attempt, delayMillis);
    }

    /** Writes the attempt's outcome and, when another attempt is due, sends its message (delayed). */
    public void record(Target target, Outcome outcome) {
        OffsetDateTime now = OffsetDateTime.now();
        String guard = " where id = cast(?1 as uuid) and status = 'pending' and attempts = ?2";
        if (outcome.delivered()) {
            em.createNativeQuery("""
                    update webhook_delivery set status = 'delivered', last_response_code = ?3, last_error = null,
                           delivered_at = ?4, lease_until = null""" + guard)
                    .setParameter(1, target.id()).setParameter(2, target.attempt())
                    .setParameter(3, outcome.code()).setParameter(4, now).executeUpdate();
            return;
        }
        if (outcome.retryable() && target.attempt() < settings.maxAttempts()) {
            long delay = settings.retryDelayMillis(target.attempt() + 1);
            int kept = em.createNativeQuery("""
                    update webhook_delivery set last_response_code = nullif(?3, -1), last_error = ?4,
                           next_attempt_at = ?5, lease_until = null""" + guard)
                    .setParameter(1, target.id()).setParameter(2, target.attempt())
                    .setParameter(3, outcome.code()).setParameter(4, outcome.error())
                    .setParameter(5, now.plusNanos(delay * 1_000_000)).executeUpdate();
            if (kept == 1) {
                messenger.attempt(target.id(), target.attempt() + 1, delay);
            }
            return;
        }
        String why = outcome.retryable() ? outcome.error() + " (attempt " + target.attempt() + " of "
                + settings.maxAttempts() + ", the last)" : outcome.error();
        em.createNativeQuery("""
                update webhook_delivery set status = 'failed', last_response_code = nullif(?3, -1), last_error = ?4,
                       failed_at = ?5, lease_until = null""" + guard)
                .setParameter(1, target.id()).setParameter(2, target.attempt())
                .setParameter(3, outcome.code()).setParameter(4, why).setParameter(5, now).executeUpdate();
    }
}
