/**
 * Who calls: users with one of four roles, their bcrypt passwords (Elytron's password factory), API tokens,
 * failed-login slow-down and lock-out kept in the database, per-user limits, and the {@link io.pageflow.security.Actor}
 * that owners and the audit trail are stamped with. Elytron's {@code jdbc-realm}s read the same tables to verify
 * passwords and tokens; the web layer asks them through the container, and enforces roles with {@code @RolesAllowed}; see docs/security.md.
 */
package io.pageflow.security;
