package io.pageflow.api.security;

import jakarta.servlet.http.HttpServletRequest;

import io.pageflow.security.Role;

/**
 * Who the current request is for, as {@link Authentication} found it.
 *
 * @param name the user's name
 * @param role their role
 * @param via  how they proved it: {@code basic}, {@code token}, {@code session}, {@code oidc}, or {@code off} when
 *             authentication is turned off
 * @param csrfToken the session's CSRF token (session only)
 */
public record Caller(String name, Role role, String via, String csrfToken) {

    static final String ATTRIBUTE = Caller.class.getName();

    /** The caller of a request that passed {@link Authentication}, or {@code null} on a public path. */
    public static Caller of(HttpServletRequest request) {
        return (Caller) request.getAttribute(ATTRIBUTE);
    }

    public boolean seesAll() {
        return role.seesAll();
    }

    /** The owner every query must be limited to, or {@code null} when the caller sees everyone's. */
    public String ownerFilter() {
        return seesAll() ? null : name;
    }
}
