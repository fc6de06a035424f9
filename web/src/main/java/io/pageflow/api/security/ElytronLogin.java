package io.pageflow.api.security;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.authz.Attributes;

import io.pageflow.security.Role;

/**
 * Verifies a name and a secret with Elytron: {@link HttpServletRequest#login} against the security domain the WAR
 * is bound to ({@code pageflow}: a user's bcrypt password, or an API token's SHA-256, read from the database by
 * its {@code jdbc-realm}s), then reads the identity Elytron made — its decoded role and, for a token, the
 * {@code user} it belongs to. The container's login is ended at once: the API is stateless, and the caller goes on
 * as a {@link Caller} whose roles include the lower ones.
 */
final class ElytronLogin {

    /** The attribute of a token's identity that names the token's user (the tokens realm's third column). */
    static final String USER = "user";

    /** Who Elytron verified: a user's name (a token's user for a token) and role. */
    record Verified(String name, Role role) {
    }

    private ElytronLogin() {
    }

    /** Logs in and reads the identity at once; the container's login is ended before it returns. */
    static Optional<Verified> login(HttpServletRequest http, String principal, String secret) {
        return loggedIn(http, principal, secret) ? Optional.of(identityAndEnd(http)) : Optional.empty();
    }

    /**
     * The first half of {@link #login}, for a caller that must decide in between (inside an EJB call the thread's
     * identity is the EJB's, not the WAR's): {@link #identityAndEnd} must follow whenever it answers true.
     */
    static boolean loggedIn(HttpServletRequest http, String principal, String secret) {
        try {
            http.login(principal, secret);
            return true;
        } catch (ServletException refused) {
            return false;
        }
    }

    /** The identity of the request's login, read where the WAR's domain is the thread's; ends the login. */
    static Verified identityAndEnd(HttpServletRequest http) {
        try {
            return verified(SecurityDomain.getCurrent().getCurrentSecurityIdentity());
        } finally {
            end(http);
        }
    }

    private static Verified verified(SecurityIdentity identity) {
        Attributes.Entry user = identity.getAttributes().get(USER);
        String name = user.isEmpty() ? identity.getPrincipal().getName() : user.get(0);
        Role role = Arrays.stream(Role.values()).filter(r -> identity.getRoles().contains(r.id()))
                .max(Comparator.naturalOrder())
                .orElseThrow(() -> new IllegalStateException("Elytron's identity " + name + " has no Pageflow role"));
        return new Verified(name, role);
    }

    /** Logs out and drops the HTTP session the programmatic login keeps the identity in. */
    static void end(HttpServletRequest http) {
        try {
            http.logout();
        } catch (ServletException e) {
            throw new IllegalStateException("ending the container's login", e);
        }
        HttpSession session = http.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
