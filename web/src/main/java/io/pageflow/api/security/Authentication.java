package io.pageflow.api.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.json.Json;
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
import io.pageflow.security.ApiTokens;
import io.pageflow.security.ConsoleSessions;
import io.pageflow.security.LoginOutcome;
import io.pageflow.security.Logins;
import io.pageflow.security.RequestOrigin;
import io.pageflow.security.Role;
import io.pageflow.security.UserAccount;

/**
 * Finds who calls the API — HTTP Basic, an API token ({@code Authorization: Bearer pf_…}) or the console's
 * session cookie — before anything else runs, and refuses what must not reach a resource: no credentials (401),
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
    Logins logins;

    @Inject
    ApiTokens tokens;

    @Inject
    ConsoleSessions sessions;

    /** What the credentials of a request came to: a caller, or the answer that refuses them. */
    private record Found(Caller caller, int status, String code, String detail, long retryAfter) {

        static Found caller(Caller caller) {
            return new Found(caller, 0, null, null, 0);
        }

        static Found refused(int status, String code, String detail, long retryAfter) {
            return new Found(null, status, code, detail, retryAfter);
        }
    }

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
            refuse(http, out, Found.refused(403, "ORIGIN_REFUSED",
                    "A request that changes something must come from this server's own pages, not from another site.", 0));
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
        Found found = identify(http);
        if (found == null) {
            if (isPublic(path)) {
                chain.doFilter(request, response);
            } else {
                refuse(http, out, Found.refused(401, "AUTHENTICATION_REQUIRED",
                        "Sign in, or send HTTP Basic credentials or an API token (Authorization: Bearer pf_…).", 0));
            }
            return;
        }
        if (found.caller() == null) {
            refuse(http, out, found);
            return;
        }
        Caller caller = found.caller();
        if (changes && caller.via().equals("session") && !isPublic(path)
                && !tokenMatches(caller.csrfToken(), http.getHeader(CSRF_HEADER))) {
            refuse(http, out, Found.refused(403, "CSRF_TOKEN_INVALID",
                    "A change from a console session must carry the session's " + CSRF_HEADER + " header.", 0));
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
            refuse(http, out, Found.refused(401, "AUTHENTICATION_REQUIRED",
                    "Send a bearer token from the single sign-on provider (Authorization: Bearer …).", 0));
            return;
        }
        Optional<Role> role = SingleSignOn.highestRole(http);
        if (role.isEmpty()) {
            refuse(http, out, Found.refused(403, "ROLE_MISSING",
                    "The token is valid but carries none of Pageflow's roles (submitter, reviewer, operator, admin).", 0));
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

    private Found identify(HttpServletRequest http) {
        String authorization = http.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic(authorization.substring(6).trim());
        }
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return tokens.authenticate(authorization.substring(7).trim())
                    .map(user -> Found.caller(new Caller(user.name(), user.role(), "token", null)))
                    .orElse(Found.refused(401, "TOKEN_INVALID", "The API token is unknown, revoked or malformed.", 0));
        }
        String session = sessionCookie(http);
        if (session != null) {
            return sessions.find(session)
                    .map(s -> Found.caller(new Caller(s.user().name(), s.user().role(), "session", s.csrfToken())))
                    .orElse(null);
        }
        return null;
    }

    private Found basic(String encoded) {
        String pair;
        try {
            pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Found.refused(401, "LOGIN_FAILED", "The Basic credentials are not valid base64.", 0);
        }
        int colon = pair.indexOf(':');
        if (colon <= 0) {
            return Found.refused(401, "LOGIN_FAILED", "The Basic credentials have no user name.", 0);
        }
        String name = pair.substring(0, colon);
        String password = pair.substring(colon + 1);
        UserAccount known = VerifiedPasswords.find(name, password);
        if (known != null) {
            return Found.caller(new Caller(known.name(), known.role(), "basic", null));
        }
        LoginOutcome outcome = logins.check(name, password);
        return switch (outcome.status()) {
            case OK -> {
                VerifiedPasswords.remember(name, password, outcome.user());
                yield Found.caller(new Caller(outcome.user().name(), outcome.user().role(), "basic", null));
            }
            case WRONG -> Found.refused(401, "LOGIN_FAILED", "The user name or the password is wrong.", 0);
            case SLOWED -> Found.refused(429, "LOGIN_SLOWED",
                    "Too many failed sign-ins for this user: wait before the next attempt.", outcome.retryAfterSeconds());
            case LOCKED -> Found.refused(429, "USER_LOCKED",
                    "This user is locked after repeated failed sign-ins; try again later.", outcome.retryAfterSeconds());
        };
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

    private static void refuse(HttpServletRequest http, HttpServletResponse out, Found refusal) throws IOException {
        out.setStatus(refusal.status());
        if (refusal.status() == 401 && http.getHeader("X-Requested-With") == null) {
            // Scripts and curl learn how to authenticate; the console (X-Requested-With) shows its own sign-in
            // instead of the browser's password dialog.
            out.addHeader("WWW-Authenticate", "Basic realm=\"Pageflow\", charset=\"UTF-8\"");
            out.addHeader("WWW-Authenticate", "Bearer realm=\"Pageflow\"");
        }
        if (refusal.retryAfter() > 0) {
            out.setHeader("Retry-After", Long.toString(refusal.retryAfter()));
        }
        out.setContentType("application/problem+json");
        out.setCharacterEncoding("UTF-8");
        String title = switch (refusal.status()) {
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            default -> "Too Many Requests";
        };
        out.getWriter().write(Json.createObjectBuilder()
                .add("type", "urn:pageflow:problem:" + refusal.code().toLowerCase(Locale.ROOT).replace('_', '-'))
                .add("title", title).add("status", refusal.status()).add("detail", refusal.detail())
                .add("code", refusal.code()).add("instance", http.getRequestURI())
                .build().toString());
    }
}
