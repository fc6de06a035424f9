package io.pageflow.api.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;

import io.pageflow.api.problem.Problem;
import io.pageflow.security.LoginOutcome;

/**
 * Why a request's credentials or origin were refused, answered as a problem: 401, 403, or 429 with
 * {@code Retry-After} — from the filter before any resource runs, or from the console's sign-in.
 */
record Refusal(int status, String code, String detail, long retryAfterSeconds) {

    static final Refusal LOGIN_FAILED = new Refusal(401, "LOGIN_FAILED", "The user name or the password is wrong.", 0);
    static final Refusal TOKEN_INVALID = new Refusal(401, "TOKEN_INVALID",
            "The API token is unknown, revoked or malformed.", 0);

    static Refusal of(int status, String code, String detail) {
        return new Refusal(status, code, detail, 0);
    }

    /** The refusal of a sign-in that {@link io.pageflow.security.Logins} did not let through. */
    static Refusal of(LoginOutcome outcome) {
        return switch (outcome.status()) {
            case SLOWED -> new Refusal(429, "LOGIN_SLOWED",
                    "Too many failed sign-ins for this user: wait before the next attempt.", outcome.retryAfterSeconds());
            case LOCKED -> new Refusal(429, "USER_LOCKED",
                    "This user is locked after repeated failed sign-ins; try again later.", outcome.retryAfterSeconds());
            case WRONG -> LOGIN_FAILED;
            case OK -> throw new IllegalArgumentException("a sign-in that succeeded is not refused");
        };
    }

    Response response(String instance) {
        Response.ResponseBuilder answer = Response.fromResponse(Problem.response(status, code, detail, instance));
        return (retryAfterSeconds > 0 ? answer.header("Retry-After", retryAfterSeconds) : answer).build();
    }

    void write(HttpServletResponse out, String instance) throws IOException {
        if (retryAfterSeconds > 0) {
            out.setHeader("Retry-After", Long.toString(retryAfterSeconds));
        }
        Problem.of(status, code, detail, instance, null).write(out);
    }
}
