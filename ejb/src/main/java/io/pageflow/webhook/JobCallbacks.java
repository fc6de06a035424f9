package io.pageflow.webhook;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import io.pageflow.error.InvalidRequestException;

/**
 * A job's own callback URL, given at upload: it receives the job's end ({@code job.completed}, {@code job.failed},
 * {@code job.cancelled}), signed with the server-wide {@code PAGEFLOW_WEBHOOK_CALLBACK_SECRET}. Without that secret
 * callbacks are refused rather than sent unsigned.
 */
@Stateless
public class JobCallbacks {

    public static final String DISABLED = "CALLBACKS_DISABLED";

    @PersistenceContext(unitName = "pageflow")
    EntityManager em;

    @Inject
    WebhookSettings settings;

    /** The URL as it will be stored, or a 400 that says why it cannot be used. */
    public String check(String url) {
        if (settings.callbackSecret().isEmpty()) {
            throw new InvalidRequestException(DISABLED, "callbackUrl needs a callback secret to sign with: set "
                    + "PAGEFLOW_WEBHOOK_CALLBACK_SECRET on the server, or register a webhook (POST /api/webhooks).");
        }
        return Webhooks.checked(settings.guard(), url);
    }

    /** Stores the job's callback URL, in the transaction that creates the job. */
    public void subscribe(long jobId, String url) {
        em.createNativeQuery("""
                insert into job_callback (job_id, url) values (?1, ?2)
                on conflict (job_id) do update set url = excluded.url""")
                .setParameter(1, jobId).setParameter(2, url).executeUpdate();
    }
}
