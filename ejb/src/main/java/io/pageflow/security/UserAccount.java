package io.pageflow.security;

import java.time.OffsetDateTime;

/** A user as the API shows it: never the password hash. */
public record UserAccount(long id, String name, Role role, OffsetDateTime createdAt, int failedLogins,
        OffsetDateTime lockedUntil) {
}
