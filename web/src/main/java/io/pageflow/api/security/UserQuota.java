package io.pageflow.api.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import io.pageflow.api.IntakePauseFilter;
import io.pageflow.api.problem.Problem;
import io.pageflow.security.UserLimits;

/**
 * Per-user limits on submissions (a job's upload, a batch, an added or replaced page) by submitters: jobs in
 * flight and bytes uploaded per hour, answered 429 with {@code Retry-After} before the body is read. The bytes
 * are the declared {@code Content-Length}; reviewers, operators and admins are not limited.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHORIZATION)
public class UserQuota implements ContainerRequestFilter {

    @Context
    HttpServletRequest request;

    @Inject
    UserLimits limits;

    @Override
    public void filter(ContainerRequestContext context) {
        Caller caller = Caller.of(request);
        if (caller == null || caller.seesAll()
                || !IntakePauseFilter.isSubmission(context.getMethod(), context.getUriInfo().getPath())) {
            return;
        }
        long bytes = 0;
        try {
            String declared = context.getHeaderString(HttpHeaders.CONTENT_LENGTH);
            bytes = declared == null ? 0 : Math.max(0, Long.parseLong(declared.trim()));
        } catch (NumberFormatException e) {
            return; // UploadLimitFilter answers 400 for it
        }
        limits.admit(caller.name(), bytes).ifPresent(refusal -> context.abortWith(Response.fromResponse(
                Problem.response(429, refusal.code(), refusal.message(), context.getUriInfo().getPath()))
                .header("Retry-After", refusal.retryAfterSeconds()).build()));
    }
}
