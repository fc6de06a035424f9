package io.pageflow.security;

import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Console sign-ins: a random session id for the cookie (only its SHA-256 is stored) and a CSRF token the
 * console sends back with every state-changing request. A session lasts {@link #HOURS} hours.
 */
@Stateless
public class ConsoleSessions {

    static final int HOURS = 12;

    /** A session as the web layer needs it: whose, and the token its changes must carry. */
    public record Session(UserAccount user, String csrfToken) {
    }

    /** A new session's cookie value (shown only here) with its session. */
    public record Opened(String id, Session session) {
    }

    @PersistenceContext(unitName = "pageflow")
    EntityManager em;

    public Opened open(UserAccount user) {
        String id = Secrets.random(32);
        String csrf = Secrets.random(32);
        em.createNativeQuery("delete from console_session where expires_at < now()").executeUpdate();
        em.createNativeQuery("""
                insert into console_session (id_sha256, user_id, csrf_token, expires_at)
                values (?1, ?2, ?3, now() + make_interval(hours => ?4))""")
                .setParameter(1, Secrets.sha256(id)).setParameter(2, user.id()).setParameter(3, csrf)
                .setParameter(4, HOURS).executeUpdate();
        return new Opened(id, new Session(user, csrf));
    }

    @SuppressWarnings("unchecked")
    public Optional<Session> find(String id) {
        List<Object[]> rows = em.createNativeQuery("""
                select u.id, u.name, u.role, u.created_at, u.failed_logins, u.locked_until, s.csrf_token
                from console_session s join app_user u on u.id = s.user_id
                where s.id_sha256 = ?1 and s.expires_at > now()""")
                .setParameter(1, Secrets.sha256(id)).getResultList();
        return rows.stream().findFirst().map(row -> new Session(Users.account(row), (String) row[6]));
    }

    public void close(String id) {
        em.createNativeQuery("delete from console_session where id_sha256 = ?1").setParameter(1, Secrets.sha256(id))
                .executeUpdate();
    }
}
