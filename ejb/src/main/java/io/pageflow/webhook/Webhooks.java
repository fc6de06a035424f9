package io.pageflow.webhook;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import io.pageflow.error.InvalidRequestException;
import io.pageflow.error.NotFoundException;

/** Registers, lists and removes webhooks, and lists their deliveries. */
@Stateless
public class Webhooks {

    public static final int MIN_SECRET_LENGTH = 16;

    @PersistenceContext(unitName = "pageflow")
    EntityManager em;

    @Inject
    WebhookSettings settings;

    /** A new webhook, once its URL passes the target guard and its events are known. */
    public Webhook register(String url, List<String> events, String secret) {
        String target = checked(settings.guard(), url);
        if (secret == null || secret.length() < MIN_SECRET_LENGTH) {
            throw new InvalidRequestException("INVALID_PARAMETER", "secret must have at least " + MIN_SECRET_LENGTH + " characters");
        }
        Set<String> wanted = new LinkedHashSet<>();
        for (String event : events == null ? List.<String>of() : events) {
            wanted.add(WebhookEvent.of(event).orElseThrow(() -> new InvalidRequestException("UNKNOWN_EVENT",
                    "Unknown event '" + event + "'; known: " + Arrays.stream(WebhookEvent.values())
                            .map(WebhookEvent::label).toList())).label());
        }
        if (wanted.isEmpty()) {
            throw new InvalidRequestException("UNKNOWN_EVENT", "A webhook needs at least one event.");
        }
        Object[] row = (Object[]) em.createNativeQuery("""
                insert into webhook (url, events, secret) values (?1, cast(?2 as text[]), ?3)
                returning id, created_at""")
                .setParameter(1, target).setParameter(2, "{" + String.join(",", wanted) + "}").setParameter(3, secret)
                .getSingleResult();
        return new Webhook(((Number) row[0]).longValue(), target, List.copyOf(wanted), Webhook.hint(secret),
                Rows.time(row[1]));
    }

    /** The URL, trimmed, when the guard lets it through; else the guard's refusal as a 400. */
    static String checked(TargetGuard guard, String url) {
        try {
            return guard.check(url).toString();
        } catch (TargetGuard.Refused e) {
            throw new InvalidRequestException(e.code(), e.getMessage());
        }
    }

    public List<Webhook> list() {
        return rows("").stream().map(Webhooks::webhook).toList();
    }

    public Optional<Webhook> find(long id) {
        return rows(" where id = " + id).stream().map(Webhooks::webhook).findFirst();
    }

    /** Removes the webhook and its deliveries; pending ones are not sent. */
    public void delete(long id) {
        if (em.createNativeQuery("delete from webhook where id = ?1").setParameter(1, id).executeUpdate() == 0) {
            throw notFound(id);
        }
    }

    /** A page of the webhook's deliveries, newest first. */
    public List<Delivery> deliveries(long webhookId, int limit, int offset) {
        existing(webhookId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select cast(id as text), event, status, attempts, last_response_code, last_error, created_at,
                       last_attempt_at, next_attempt_at, delivered_at, failed_at
                  from webhook_delivery where webhook_id = ?1 order by created_at desc, id limit ?2 offset ?3""")
                .setParameter(1, webhookId).setParameter(2, limit).setParameter(3, offset).getResultList();
        return rows.stream().map(r -> new Delivery((String) r[0], (String) r[1], (String) r[2],
                ((Number) r[3]).intValue(), Rows.intOrNull(r[4]), (String) r[5], Rows.time(r[6]), Rows.time(r[7]),
                Rows.time(r[8]), Rows.time(r[9]), Rows.time(r[10]))).toList();
    }

    public long countDeliveries(long webhookId) {
        return ((Number) em.createNativeQuery("select count(*) from webhook_delivery where webhook_id = ?1")
                .setParameter(1, webhookId).getSingleResult()).longValue();
    }

    public Webhook existing(long id) {
        return find(id).orElseThrow(() -> notFound(id));
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("Webhook " + id + " does not exist");
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String where) {
        return em.createNativeQuery("select id, url, array_to_string(events, ','), secret, created_at from webhook"
                + where + " order by id").getResultList();
    }

    private static Webhook webhook(Object[] r) {
        return new Webhook(((Number) r[0]).longValue(), (String) r[1], List.of(((String) r[2]).split(",")),
                Webhook.hint((String) r[3]), Rows.time(r[4]));
    }
}
