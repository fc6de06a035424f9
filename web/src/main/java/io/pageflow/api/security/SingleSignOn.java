package io.pageflow.api.security;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import io.pageflow.security.Role;

/**
 * The caller of a request that WildFly's {@code elytron-oidc-client} already authenticated from an OIDC bearer
 * token ({@code PAGEFLOW_OIDC_PROVIDER_URL}, docs/security.md): the token's user name, and the highest of the
 * four Pageflow roles among the token's roles (realm or client roles, as the server's secure-deployment takes
 * them). A token may carry several of them, as a user given each role in the provider would.
 */
final class SingleSignOn {

    static final String VIA = "oidc";

    private static final List<Role> HIGHEST_FIRST = List.of(Role.ADMIN, Role.OPERATOR, Role.REVIEWER, Role.SUBMITTER);

    private SingleSignOn() {
    }

    /** The user name the container took from the token ({@code preferred_username}), or {@code null}: no token. */
    static String userName(HttpServletRequest http) {
        return http.getUserPrincipal() == null ? null : http.getUserPrincipal().getName();
    }

    /** The highest Pageflow role the token carries; empty for a token without any. */
    static Optional<Role> highestRole(HttpServletRequest http) {
        return HIGHEST_FIRST.stream().filter(role -> http.isUserInRole(role.id())).findFirst();
    }
}
