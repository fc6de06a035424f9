/**
 * Authentication and the rules around it for the API and the console: who calls (HTTP Basic or an API token,
 * verified by Elytron's security domain {@code pageflow}, or a console session), the CSRF token and {@code Origin} check for state-changing requests, the submitter's
 * view limited to their own documents, per-user limits, and the resources for sessions, users and tokens.
 * Roles are enforced by {@code @RolesAllowed} on the resources; docs/security.md has the matrix.
 */
package io.pageflow.api.security;
