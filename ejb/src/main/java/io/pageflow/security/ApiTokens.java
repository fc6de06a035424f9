package io.pageflow.security;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import io.pageflow.error.InvalidRequestException;

/**
 * API tokens: {@code pf_<id>.<secret>}, shown once when made. The id finds the row, the secret's SHA-256 proves
 * it; a revoked token, or one whose user is gone, proves nothing.
 */
@Stateless
public class ApiTokens {

    static final Pattern TOKEN = Pattern.compile("pf_(\\d{1,18})\\.([A-Za-z0-9_-]{20,100})");

    /** A token as listed: never its secret. */
    public record TokenInfo(long id, String name, OffsetDateTime createdAt, OffsetDateTime lastUsedAt,
            OffsetDateTime revokedAt) {
    }

    /** A token just made, with the one copy of its secret anyone will see. */
    public record NewToken(TokenInfo info, String token) {
    }

    @PersistenceContext(unitName = "pageflow")
    EntityManager em;

    public NewToken create(long userId, String name) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new InvalidRequestException("TOKEN_NAME_INVALID", "A token has a name of 1 to 100 characters.");
        }
        String secret = Secrets.random(32);
        long id = ((Number) em.createNativeQuery(
                "insert into api_token (user_id, name, secret_sha256) values (?1, ?2, ?3) returning id")
                .setParameter(1, userId).setParameter(2, name.strip()).setParameter(3, Secrets.sha256(secret))
                .getSingleResult()).longValue();
        return new NewToken(find(userId, id).orElseThrow(), "pf_" + id + "." + secret);
    }

    @SuppressWarnings("unchecked")
    public List<TokenInfo> list(long userId) {
        return ((List<Object[]>) em.createNativeQuery("""
                select id, name, created_at, last_used_at, revoked_at from api_token where user_id = ?1 order by id""")
                .setParameter(1, userId).getResultList()).stream().map(ApiTokens::info).toList();
    }

    @SuppressWarnings("unchecked")
    public Optional<TokenInfo> find(long userId, long id) {
        return ((List<Object[]>) em.createNativeQuery("""
                select id, name, created_at, last_used_at, revoked_at from api_token where user_id = ?1 and id = ?2""")
                .setParameter(1, userId).setParameter(2, id).getResultList()).stream().map(ApiTokens::info).findFirst();
    }

    /** Revokes one of the user's tokens; false when the user has no such token. */
    public boolean revoke(long userId, long id) {
        return em.createNativeQuery("""
                update api_token set revoked_at = coalesce(revoked_at, now()) where user_id = ?1 and id = ?2""")
                .setParameter(1, userId).setParameter(2, id).executeUpdate() == 1;
    }

    /** The user a token stands for, when it is valid. */
    @SuppressWarnings("unchecked")
    public Optional<UserAccount> authenticate(String token) {
        Matcher parts = TOKEN.matcher(token);
        if (!parts.matches()) {
            return Optional.empty();
        }
        long id = Long.parseLong(parts.group(1));
        List<Object[]> rows = em.createNativeQuery("""
                select u.id, u.name, u.role, u.created_at, u.failed_logins, u.locked_until, t.secret_sha256
                from api_token t join app_user u on u.id = t.user_id
                where t.id = ?1 and t.revoked_at is null""").setParameter(1, id).getResultList();
        if (rows.isEmpty() || !Secrets.same((String) rows.get(0)[6], Secrets.sha256(parts.group(2)))) {
            return Optional.empty();
        }
        // When it was last used, to the minute: not a write on every call.
        em.createNativeQuery("""
                update api_token set last_used_at = now()
                where id = ?1 and (last_used_at is null or last_used_at < now() - interval '1 minute')""")
                .setParameter(1, id).executeUpdate();
        return Optional.of(Users.account(rows.get(0)));
    }

    static TokenInfo info(Object[] row) {
        return new TokenInfo(((Number) row[0]).longValue(), (String) row[1], Users.time(row[2]),
                Users.time(row[3]), Users.time(row[4]));
    }
}
