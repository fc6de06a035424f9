package io.pageflow.security;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import io.pageflow.error.InvalidRequestException;

/**
 * API tokens: {@code pf_<id>.<secret>}, shown once when made. Only the secret's SHA-256 is stored; Elytron's
 * {@code pageflow-tokens} realm finds the row by the id and verifies the secret against it (a revoked token, or
 * one whose user is gone, is not found).
 */
@Stateless
public class ApiTokens {

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

    /** Notes that a verified token was used, to the minute: not a write on every call. */
    public void used(long id) {
        em.createNativeQuery("""
                update api_token set last_used_at = now()
                where id = ?1 and (last_used_at is null or last_used_at < now() - interval '1 minute')""")
                .setParameter(1, id).executeUpdate();
    }

    static TokenInfo info(Object[] row) {
        return new TokenInfo(((Number) row[0]).longValue(), (String) row[1], Users.time(row[2]),
                Users.time(row[3]), Users.time(row[4]));
    }
}
