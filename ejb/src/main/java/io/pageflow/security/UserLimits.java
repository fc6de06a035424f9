package io.pageflow.security;

import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import io.pageflow.config.PageflowSettings;

/**
 * What one submitter may load onto the server: jobs not yet ended, and bytes uploaded in the last hour. Each
 * check answers the seconds to wait when the limit is reached; reviewers and above are trusted and not limited.
 */
@Stateless
public class UserLimits {

    /** A refused upload: which limit, and when to try again. */
    public record Refusal(String code, String message, long retryAfterSeconds) {
    }

    @PersistenceContext(unitName = "pageflow")
    EntityManager em;

    @Inject
    PageflowSettings settings;

    /** Counts an upload of {@code bytes} against the user's hour, or says why it must wait. */
    public Optional<Refusal> admit(String user, long bytes) {
        PageflowSettings.Security rules = settings.security();
        long inFlight = ((Number) em.createNativeQuery(
                "select count(*) from job where owner = ?1 and status in ('queued', 'processing')")
                .setParameter(1, user).getSingleResult()).longValue();
        if (inFlight >= rules.maxJobsInFlight()) {
            return Optional.of(new Refusal("TOO_MANY_JOBS_IN_FLIGHT", "You have " + inFlight
                    + " jobs queued or processing; the limit is " + rules.maxJobsInFlight()
                    + " (PAGEFLOW_USER_MAX_JOBS_IN_FLIGHT). Try again when some have ended.", 30));
        }
        em.createNativeQuery("delete from upload_usage where user_name = ?1 and at < now() - interval '1 hour'")
                .setParameter(1, user).executeUpdate();
        @SuppressWarnings("unchecked")
        List<Object[]> usage = em.createNativeQuery("""
                select coalesce(sum(bytes), 0), coalesce(ceil(extract(epoch from (min(at) + interval '1 hour' - now()))), 0)
                from upload_usage where user_name = ?1""").setParameter(1, user).getResultList();
        long used = ((Number) usage.get(0)[0]).longValue();
        if (used + bytes > rules.maxUploadBytesPerHour()) {
            long wait = Math.max(1, ((Number) usage.get(0)[1]).longValue());
            return Optional.of(new Refusal("UPLOAD_QUOTA_EXCEEDED", "You uploaded " + used
                    + " bytes in the last hour; with these " + bytes + " that would pass the limit of "
                    + rules.maxUploadBytesPerHour() + " (PAGEFLOW_USER_MAX_UPLOAD_BYTES_PER_HOUR).", wait));
        }
        em.createNativeQuery("insert into upload_usage (user_name, bytes) values (?1, ?2)")
                .setParameter(1, user).setParameter(2, bytes).executeUpdate();
        return Optional.empty();
    }
}
