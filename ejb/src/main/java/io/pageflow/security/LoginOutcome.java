package io.pageflow.security;

/**
 * What a password check found: the user, or why not. {@code retryAfterSeconds} says when to try again after a
 * slow-down or a lock-out.
 */
public record LoginOutcome(Status status, UserAccount user, long retryAfterSeconds) {

    public enum Status { OK, WRONG, SLOWED, LOCKED }

    static LoginOutcome ok(UserAccount user) {
        return new LoginOutcome(Status.OK, user, 0);
    }

    static LoginOutcome wrong() {
        return new LoginOutcome(Status.WRONG, null, 0);
    }

    static LoginOutcome waitFor(Status status, long seconds) {
        return new LoginOutcome(status, null, Math.max(1, seconds));
    }
}
