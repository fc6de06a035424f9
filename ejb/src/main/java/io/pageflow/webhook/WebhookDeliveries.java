package io.pageflow.webhook;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Records an event as one delivery per receiver (the webhooks that asked for it, and for a job's end the job's
 * callback URL), and rings the webhook queue for each, in the caller's transaction: the deliveries exist if and
 * only if the state change that caused them commits.
 */
@Stateless
public class WebhookDeliveries {

    private static final Logger LOG = Logger.getLogger(WebhookDeliveries.class.getName());

    @PersistenceContext(unitName = "pageflow")
    EntityManager em;

    @Inject
    WebhookMessenger messenger;

    /**
     * @param jobId the job the event is about, or null
     * @param data  the event's data, made only when someone receives it
     */
    public void record(WebhookEvent event, Long jobId, Supplier<JsonObject> data) {
        @SuppressWarnings("unchecked")
        List<Object[]> hooks = em.createNativeQuery("select id, url from webhook where ?1 = any(events) order by id")
                .setParameter(1, event.label()).getResultList();
        List<?> callback = event.isJobEnd() && jobId != null
                ? em.createNativeQuery("select url from job_callback where job_id = ?1").setParameter(1, jobId).getResultList()
                : List.of();
        if (hooks.isEmpty() && callback.isEmpty()) {
            return;
        }
        JsonObject payload;
        try {
            payload = data.get();
        } catch (RuntimeException e) {
            // a webhook must never undo the change it reports: without its data the event is not sent
            LOG.log(Level.WARNING, "Cannot describe " + event.label() + (jobId == null ? "" : " of job " + jobId)
                    + "; it is not sent", e);
            return;
        }
        OffsetDateTime now = OffsetDateTime.now();
        for (Object[] hook : hooks) {
            insert(((Number) hook[0]).longValue(), null, (String) hook[1], event, payload, now);
        }
        if (!callback.isEmpty()) {
            insert(null, jobId, (String) callback.get(0), event, payload, now);
        }
    }

    private void insert(Long webhookId, Long callbackJobId, String url, WebhookEvent event, JsonObject data,
            OffsetDateTime now) {
        String id = UUID.randomUUID().toString();
        String body = Json.createObjectBuilder()
                .add("id", id)
                .add("type", event.label())
                .add("createdAt", now.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                .add("data", data)
                .build().toString();
        // one receiver column or the other: no null parameter, whose type PostgreSQL could not infer
        String receiver = webhookId != null ? "webhook_id" : "callback_job_id";
        em.createNativeQuery("insert into webhook_delivery (id, " + receiver + ", url, event, body, created_at)"
                        + " values (cast(?1 as uuid), ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, id).setParameter(2, webhookId != null ? webhookId : callbackJobId)
                .setParameter(3, url).setParameter(4, event.label()).setParameter(5, body).setParameter(6, now)
                .executeUpdate();
        messenger.attempt(id, 1, 0);
    }
}
