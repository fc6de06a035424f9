package io.pageflow.api;

import java.util.regex.Pattern;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import io.pageflow.api.problem.Problem;
import io.pageflow.control.IntakeGate;

/**
 * While an operator has paused intake on this node (JMX {@code pauseIntake}), answers submissions — a job's
 * upload, a batch, an added or replaced page — 503 with {@code Retry-After}, before their body is read. Reads,
 * actions on existing jobs and reviews go on.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class IntakePauseFilter implements ContainerRequestFilter {

    private static final Pattern SUBMISSION = Pattern.compile("^/?(?:jobs|batches|documents/\\d+/pages)/?$");
    private static final Pattern REPLACEMENT = Pattern.compile("^/?documents/\\d+/pages/\\d+/?$");

    @Inject
    IntakeGate intake;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!intake.isPaused() || !isSubmission(request.getMethod(), request.getUriInfo().getPath())) {
            return;
        }
        Response problem = Problem.response(503, "INTAKE_PAUSED", "This node takes no new documents or pages for now "
                + "(paused by an operator); send again later, or to another node.", request.getUriInfo().getPath());
        request.abortWith(Response.fromResponse(problem).header("Retry-After", intake.retryAfterSeconds()).build());
    }

    public static boolean isSubmission(String method, String path) {
        return "POST".equals(method) && SUBMISSION.matcher(path).matches()
                || "PUT".equals(method) && REPLACEMENT.matcher(path).matches();
    }
}
