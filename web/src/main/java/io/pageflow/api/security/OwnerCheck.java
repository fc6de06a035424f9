package io.pageflow.api.security;

import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

import io.pageflow.api.problem.Problem;
import io.pageflow.security.Ownership;

/**
 * A submitter sees their own jobs, documents and batches only: every path under {@code /jobs/{id}},
 * {@code /documents/{id}} and {@code /batches/{id}} — pages, text, images, results, events, analyses — answers
 * 404 for another owner's, worded as for one that does not exist, so that ids of others' work tell nothing. One
 * check for every resource under those paths, including those added later; lists and search filter by owner in
 * their queries.
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 10)
public class OwnerCheck implements ContainerRequestFilter {

    @Context
    HttpServletRequest request;

    @Inject
    Ownership ownership;

    @Override
    public void filter(ContainerRequestContext context) {
        Caller caller = Caller.of(request);
        if (caller == null || caller.seesAll()) {
            return;
        }
        String[] segments = context.getUriInfo().getPath().replaceAll("^/+", "").split("/");
        if (segments.length < 2 || !segments[1].matches("\\d{1,18}")) {
            return;
        }
        long id = Long.parseLong(segments[1]);
        Optional<String> owner;
        String noun;
        switch (segments[0]) {
            case "jobs" -> { owner = ownership.ofJob(id); noun = "Job "; }
            case "documents" -> { owner = ownership.ofDocument(id); noun = "Document "; }
            case "batches" -> { owner = ownership.ofBatch(id); noun = "Batch "; }
            default -> { return; }
        }
        if (owner.isPresent() && !owner.get().equals(caller.name())) {
            context.abortWith(Problem.response(404, "NOT_FOUND", noun + id + " does not exist",
                    context.getUriInfo().getPath()));
        }
    }
}
