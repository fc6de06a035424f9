package io.pageflow.security;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import io.pageflow.config.PageflowSettings;

/**
 * Guards a user's sign-in and keeps the failed-login count in the user's row; the password itself is verified by
 * the caller's {@link Verifier} (Elytron's security domain, in the web layer). After
 * {@code slowAfterFailures} failures each next attempt must wait twice as long as the one before (answered
 * without even looking at the password), and {@code lockAfterFailures} failures lock the user for
 * {@code lockMinutes}. In the database, under the row's lock, so that neither a restart nor a second node resets
 * it and concurrent guesses are counted one by one.
 */
@Stateless
public class Logins {

    /** A hash of nothing anyone knows: an unknown user costs the same time as a wrong password. */
    private static final String DUMMY = PasswordHashing.hash(Secrets.random(18));
    private static final long MAX_SLOWDOWN_SECONDS = 60;

    @PersistenceContext(unitName = "pageflow")
    EntityManager em;

    @Inject
    PageflowSettings settings;

    /** Verifies the password of the user being signed in; called at most once, only for a user who may try now. */
    @FunctionalInterface
    public interface Verifier {
        boolean verified();
    }

    /**
     * Refuses a locked or slowed-down user without asking {@code verifier}, asks it otherwise and records the
     * answer. The row stays locked while the verifier runs, so that concurrent guesses wait for each other and
     * each one counts.
     */
    @SuppressWarnings("unchecked")
    public LoginOutcome check(String name, String password, Verifier verifier) {
        List<Object[]> rows = em.createNativeQuery("""
                select id, name, role, created_at, failed_logins, locked_until, last_failed_at, now()
                from app_user where name = ?1 for update""").setParameter(1, name).getResultList();
        if (rows.isEmpty()) {
            PasswordHashing.matches(DUMMY, password);
            return LoginOutcome.wrong();
        }
        Object[] row = rows.get(0);
        UserAccount user = Users.account(row);
        OffsetDateTime lastFailed = Users.time(row[6]);
        OffsetDateTime now = Users.time(row[7]);
        if (user.lockedUntil() != null && user.lockedUntil().isAfter(now)) {
            return LoginOutcome.waitFor(LoginOutcome.Status.LOCKED, Duration.between(now, user.lockedUntil()).toSeconds() + 1);
        }
        PageflowSettings.Security rules = settings.security();
        if (lastFailed != null && user.failedLogins() >= rules.slowAfterFailures()) {
            OffsetDateTime next = lastFailed.plusSeconds(slowdownSeconds(user.failedLogins(), rules.slowAfterFailures()));
            if (next.isAfter(now)) {
                return LoginOutcome.waitFor(LoginOutcome.Status.SLOWED, Duration.between(now, next).toSeconds() + 1);
            }
        }
        if (verifier.verified()) {
            if (user.failedLogins() > 0 || user.lockedUntil() != null) {
                em.createNativeQuery("update app_user set failed_logins = 0, last_failed_at = null, locked_until = null where id = ?1")
                        .setParameter(1, user.id()).executeUpdate();
            }
            return LoginOutcome.ok(user);
        }
        int failures = user.failedLogins() + 1;
        if (failures >= rules.lockAfterFailures()) {
            // The lock starts the count afresh: after it the user has the slow-down's grace again.
            em.createNativeQuery("""
                    update app_user set failed_logins = 0, last_failed_at = now(),
                        locked_until = now() + make_interval(mins => ?2) where id = ?1""")
                    .setParameter(1, user.id()).setParameter(2, rules.lockMinutes()).executeUpdate();
        } else {
            em.createNativeQuery("update app_user set failed_logins = ?2, last_failed_at = now() where id = ?1")
                    .setParameter(1, user.id()).setParameter(2, failures).executeUpdate();
        }
        return LoginOutcome.wrong();
    }

    /** 1 s after the first failure past the threshold, then doubling, at most a minute. */
    static long slowdownSeconds(int failures, int slowAfter) {
        int steps = failures - slowAfter;
        return steps >= 6 ? MAX_SLOWDOWN_SECONDS : Math.min(MAX_SLOWDOWN_SECONDS, 1L << steps);
    }
}
