package io.pageflow.api.security;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.pageflow.config.PageflowSettings;
import io.pageflow.security.Actor;
import io.pageflow.security.ConsoleSessions;
import io.pageflow.security.RequestOrigin;
import io.pageflow.security.Role;

/**
 * Finds who calls the API — HTTP Basic or an API token ({@code Authorization: Bearer pf_…}), both verified by
 * Elytron ({@link CredentialCheck}), or the console's session cookie — before anything else runs, and refuses what must not reach a resource: no credentials (401),
 * wrong ones (401), guessing (429 with {@code Retry-After}), a state-changing request from another site's page
 * ({@code Origin}, 403) and a session's state-changing request without its CSRF token (403). What passes goes
 * on as a {@link CallerRequest}, whose roles {@code @RolesAllowed} checks, with the caller as the
 * {@link Actor} of what it changes. The console's files are public; so are signing in and asking who is signed in.
 * With single sign-on ({@code PAGEFLOW_OIDC_PROVIDER_URL}) the caller is the one the container found in the
 * request's OIDC bearer token instead ({@link SingleSignOn}).
 */
public class Authentication implements Filter {

    public static final String COOKIE = "pageflow_session";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    PageflowSettings settings;

    @Inject
    CredentialCheck credentials;

    @Inject
    ConsoleSessions sessions;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        HttpServletResponse out = (HttpServletResponse) response;
        String path = http.getRequestURI().substring(http.getContextPath().length());
        if (!path.equals("/api") && !path.startsWith("/api/")) {
            chain.doFilter(request, response);
            return;
        }
        boolean changes = !SAFE.contains(http.getMethod());
        if (changes && fromAnotherSite(http)) {
            refuse(http, out, Refusal.of(403, "ORIGIN_REFUSED",
                    "A request that changes something must come from this server's own pages, not from another site."));
            return;
        }
        if (!settings.security().authOn()) {
            pass(http, out, chain, new Caller("anonymous", Role.ADMIN, "off", null), false);
            return;
        }
        if (settings.security().singleSignOn()) {
            fromSingleSignOn(http, out, chain);
            return;
        }
        CredentialCheck.Checked found = identify(http);
        if (found == null) {
            if (isPublic(path)) {
                chain.doFilter(request, response);
            } else {
                refuse(http, out, Refusal.of(401, "AUTHENTICATION_REQUIRED",
                        "Sign in, or send HTTP Basic credentials or an API token (Authorization: Bearer pf_…)."));
            }
            return;
        }
        if (found.caller() == null) {
            refuse(http, out, found.refusal());
            return;
        }
        Caller caller = found.caller();
        if (changes && caller.via().equals("session") && !isPublic(path)
                && !tokenMatches(caller.csrfToken(), http.getHeader(CSRF_HEADER))) {
            refuse(http, out, Refusal.of(403, "CSRF_TOKEN_INVALID",
                    "A change from a console session must carry the session's " + CSRF_HEADER + " header."));
            return;
        }
        pass(http, out, chain, caller, true);
    }

    /**
     * With single sign-on the container has already checked the bearer token (signature, issuer, expiry) before
     * this filter runs; Pageflow's own users, tokens and sessions are not consulted, so that a local user can never
     * act under a name the provider vouches for.
     */
    private void fromSingleSignOn(HttpServletRequest http, HttpServletResponse out, FilterChain chain)
            throws IOException, ServletException {
        String name = SingleSignOn.userName(http);
        if (name == null) {
            refuse(http, out, Refusal.of(401, "AUTHENTICATION_REQUIRED",
                    "Send a bearer token from the single sign-on provider (Authorization: Bearer …)."));
            return;
        }
        Optional<Role> role = SingleSignOn.highestRole(http);
        if (role.isEmpty()) {
            refuse(http, out, Refusal.of(403, "ROLE_MISSING",
                    "The token is valid but carries none of Pageflow's roles (submitter, reviewer, operator, admin)."));
            return;
        }
        pass(http, out, chain, new Caller(name, role.get(), SingleSignOn.VIA, null), true);
    }

    /** @param named whether the caller is a user that owns and acts (not so with authentication off) */
    private void pass(HttpServletRequest http, HttpServletResponse out, FilterChain chain, Caller caller, boolean named)
            throws IOException, ServletException {
        Actor.set(named ? caller.name() : null, caller.ownerFilter());
        try {
            chain.doFilter(new CallerRequest(http, caller), out);
        } finally {
            Actor.clear();
        }
    }

    /** The caller the request's credentials prove, why they prove nothing, or {@code null} when it sends none. */
    private CredentialCheck.Checked identify(HttpServletRequest http) {
        String authorization = http.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return credentials.basic(http, authorization.substring(6).trim());
        }
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return credentials.token(http, authorization.substring(7).trim());
        }
        String session = sessionCookie(http);
        if (session != null) {
            return sessions.find(session)
                    .map(s -> CredentialCheck.Checked.of(new Caller(s.user().name(), s.user().role(), "session", s.csrfToken())))
                    .orElse(null);
        }
        return null;
    }

    static String sessionCookie(HttpServletRequest http) {
        Cookie[] cookies = http.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName()) && !cookie.getValue().isBlank()) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }

    /** Signing in and asking who is signed in need no credentials (the resource answers 401 itself). */
    static boolean isPublic(String path) {
        return path.equals("/api/session");
    }

    /** A state-changing request made by another site's page (see {@link RequestOrigin}). */
    static boolean fromAnotherSite(HttpServletRequest http) {
        return RequestOrigin.isForeign(http.getHeader("Sec-Fetch-Site"), http.getHeader("Origin"), http.getHeader("Host"));
    }

    private static boolean tokenMatches(String expected, String given) {
        return expected != null && given != null && io.pageflow.security.Secrets.same(expected, given);
    }

    private void refuse(HttpServletRequest http, HttpServletResponse out, Refusal refusal) throws IOException {
        if (refusal.status() == 401 && http.getHeader("X-Requested-With") == null) {
            // Scripts and curl learn how to authenticate; the console (X-Requested-With) shows its own sign-in
            // instead of the browser's password dialog. With single sign-on only the provider's tokens count.
            if (!settings.security().singleSignOn()) {
                out.addHeader("WWW-Authenticate", "Basic realm=\"Pageflow\", charset=\"UTF-8\"");
            }
            out.addHeader("WWW-Authenticate", "Bearer realm=\"Pageflow\"");
        }
        refusal.write(out, http.getRequestURI());
    }
}
