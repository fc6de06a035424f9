package io.pageflow.api.security;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import io.pageflow.security.Role;

/**
 * The request as JAX-RS sees it once authenticated: the caller's principal, and roles that include the lower
 * ones, which is what {@code @RolesAllowed} checks through {@link #isUserInRole}.
 */
final class CallerRequest extends HttpServletRequestWrapper {

    private final Caller caller;

    CallerRequest(HttpServletRequest request, Caller caller) {
        super(request);
        this.caller = caller;
        request.setAttribute(Caller.ATTRIBUTE, caller);
    }

    @Override
    public Principal getUserPrincipal() {
        return caller::name;
    }

    @Override
    public String getRemoteUser() {
        return caller.name();
    }

    @Override
    public boolean isUserInRole(String role) {
        return Role.of(role).map(caller.role()::includes).orElse(false);
    }

    @Override
    public String getAuthType() {
        return caller.via().equals("basic") ? BASIC_AUTH : caller.via().equals("session") ? FORM_AUTH : "BEARER";
    }
}
