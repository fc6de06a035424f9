package io.pageflow.security;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import io.pageflow.error.ConflictException;
import io.pageflow.error.InvalidRequestException;

/** The user directory in Pageflow's database: add, list, find and remove users. */
@Stateless
public class Users {

    static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}");
    static final int MIN_PASSWORD = 12;

    @PersistenceContext(unitName = "pageflow")
    EntityManager em;

    public UserAccount add(String name, Role role, String password) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new InvalidRequestException("USER_NAME_INVALID",
                    "A user name is 1 to 64 letters, digits, '.', '_', '@' or '-', starting with a letter or digit.");
        }
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new InvalidRequestException("PASSWORD_TOO_SHORT", "A password has at least " + MIN_PASSWORD + " characters.");
        }
        if (find(name).isPresent()) {
            throw new ConflictException("USER_EXISTS", "There is already a user named " + name + ".");
        }
        em.createNativeQuery("insert into app_user (name, role, password_hash) values (?1, ?2, ?3)")
                .setParameter(1, name).setParameter(2, role.id()).setParameter(3, PasswordHashing.hash(password))
                .executeUpdate();
        return find(name).orElseThrow();
    }

    public List<UserAccount> list() {
        return rows("select id, name, role, created_at, failed_logins, locked_until from app_user order by name", null);
    }

    public Optional<UserAccount> find(String name) {
        return rows("select id, name, role, created_at, failed_logins, locked_until from app_user where name = ?1", name)
                .stream().findFirst();
    }

    /** Removes the user and their tokens; what they submitted stays, owned by their name. */
    public boolean remove(String name) {
        return em.createNativeQuery("delete from app_user where name = ?1").setParameter(1, name).executeUpdate() == 1;
    }

    public long count() {
        return ((Number) em.createNativeQuery("select count(*) from app_user").getSingleResult()).longValue();
    }

    @SuppressWarnings("unchecked")
    private List<UserAccount> rows(String sql, String name) {
        var query = em.createNativeQuery(sql);
        if (name != null) {
            query.setParameter(1, name);
        }
        return ((List<Object[]>) query.getResultList()).stream().map(Users::account).toList();
    }

    /** A timestamp of a native query's row (JDBC hands them over as {@code java.sql.Timestamp}). */
    static OffsetDateTime time(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime time) {
            return time;
        }
        Instant instant = value instanceof Instant i ? i : ((java.sql.Timestamp) value).toInstant();
        return instant.atOffset(ZoneOffset.UTC);
    }

    static UserAccount account(Object[] row) {
        return new UserAccount(((Number) row[0]).longValue(), (String) row[1], Role.of((String) row[2]).orElseThrow(),
                Users.time(row[3]), ((Number) row[4]).intValue(), Users.time(row[5]));
    }
}
