package io.pageflow.api.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import io.pageflow.security.ApiTokens;
import io.pageflow.security.LoginOutcome;
import io.pageflow.security.Logins;
import io.pageflow.security.PresentedToken;

/**
 * Checks the credentials a request sends — an HTTP Basic password or an API token — with Elytron
 * ({@link ElytronLogin}). A password goes through {@link Logins} first, which refuses a locked or slowed-down user
 * before Elytron is asked and counts what Elytron refuses; a password verified in the last minute is taken from
 * {@link VerifiedPasswords} without paying bcrypt again.
 */
@ApplicationScoped
public class CredentialCheck {

    /** A caller, or why not. */
    record Checked(Caller caller, Refusal refusal) {

        static Checked of(Caller caller) {
            return new Checked(caller, null);
        }

        static Checked refused(Refusal refusal) {
            return new Checked(null, refusal);
        }
    }

    @Inject
    Logins logins;

    @Inject
    ApiTokens tokens;

    /** {@code Authorization: Basic <encoded>}. */
    Checked basic(HttpServletRequest http, String encoded) {
        String pair;
        try {
            pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Checked.refused(Refusal.of(401, "LOGIN_FAILED", "The Basic credentials are not valid base64."));
        }
        int colon = pair.indexOf(':');
        if (colon <= 0) {
            return Checked.refused(Refusal.of(401, "LOGIN_FAILED", "The Basic credentials have no user name."));
        }
        String name = pair.substring(0, colon);
        String password = pair.substring(colon + 1);
        Caller known = VerifiedPasswords.find(name, password);
        if (known != null) {
            return Checked.of(known);
        }
        LoginOutcome outcome = password(http, name, password);
        if (outcome.status() != LoginOutcome.Status.OK) {
            return Checked.refused(Refusal.of(outcome));
        }
        ElytronLogin.Verified verified = ElytronLogin.identityAndEnd(http);
        Caller caller = new Caller(verified.name(), verified.role(), "basic", null);
        VerifiedPasswords.remember(name, password, caller);
        return Checked.of(caller);
    }

    /** The console's sign-in form: the same guard and the same Elytron check, never the cache. */
    LoginOutcome signIn(HttpServletRequest http, String name, String password) {
        LoginOutcome outcome = password(http, name, password);
        if (outcome.status() == LoginOutcome.Status.OK) {
            ElytronLogin.identityAndEnd(http);
        }
        return outcome;
    }

    /** {@code Authorization: Bearer pf_<id>.<secret>}. */
    Checked token(HttpServletRequest http, String token) {
        Optional<PresentedToken> presented = PresentedToken.parse(token);
        Optional<ElytronLogin.Verified> verified = presented
                .flatMap(parts -> ElytronLogin.login(http, parts.principal(), parts.secret()));
        if (verified.isEmpty()) {
            return Checked.refused(Refusal.TOKEN_INVALID);
        }
        tokens.used(presented.get().id());
        return Checked.of(new Caller(verified.get().name(), verified.get().role(), "token", null));
    }

    /**
     * Asks Elytron inside {@link Logins#check}, under the user's row lock; on OK the container's login is still
     * open and the caller reads the identity once back in the WAR.
     */
    private LoginOutcome password(HttpServletRequest http, String name, String password) {
        try {
            return logins.check(name, password, () -> ElytronLogin.loggedIn(http, name, password));
        } catch (RuntimeException e) {
            ElytronLogin.end(http);
            throw e;
        }
    }
}
