package io.pageflow.security;

import java.util.Locale;
import java.util.Optional;

/**
 * The four roles, each including the ones before it: a reviewer can do what a submitter can, an operator what a
 * reviewer can, an admin everything. One ordered list keeps the matrix in docs/security.md easy to check.
 */
public enum Role {
    SUBMITTER, REVIEWER, OPERATOR, ADMIN;

    /** The names {@code @RolesAllowed} uses. */
    public static final String S = "submitter";
    public static final String R = "reviewer";
    public static final String O = "operator";
    public static final String A = "admin";

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this role may do what {@code other} may. */
    public boolean includes(Role other) {
        return ordinal() >= other.ordinal();
    }

    /** Whether this role reads everyone's documents, not only its own. */
    public boolean seesAll() {
        return includes(REVIEWER);
    }

    public static Optional<Role> of(String id) {
        for (Role role : values()) {
            if (role.id().equals(id)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
