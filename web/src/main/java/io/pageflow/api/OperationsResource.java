package io.pageflow.api;

import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.pageflow.document.OrphanSweeper;
import io.pageflow.job.Job;
import io.pageflow.job.JobService;
import io.pageflow.messaging.PipelineMessenger;

/**
 * Operator tools. Re-sending a stage message is always safe: a stage acts only on work in the state it
 * expects, so a message for finished or running work is acknowledged and ignored.
 */
@RequestScoped
@Path("/admin")
@Tag(name = "operations", description = "Operator tools")
public class OperationsResource {

    @Inject
    JobService jobs;

    @Inject
    PipelineMessenger messenger;

    @Inject
    OrphanSweeper sweeper;

    @POST
    @Path("sweep")
    @jakarta.ws.rs.Produces(jakarta.ws.rs.core.MediaType.APPLICATION_JSON)
    @Operation(summary = "Remove orphaned objects older than the grace period now, instead of at the next hourly sweep")
    @APIResponse(responseCode = "200", description = "How many objects were removed")
    public java.util.Map<String, Integer> sweep() {
        return java.util.Map.of("deleted", sweeper.sweep());
    }

    @POST
    @Path("requeue")
    @Operation(summary = "Send a stage message for a job (or one page) again",
            description = "For work that an operator believes stuck; duplicates are harmless by design.")
    @APIResponse(responseCode = "202", description = "Message sent")
    @APIResponse(responseCode = "404", description = "No such job")
    public Response requeue(@QueryParam("jobId") long jobId, @QueryParam("stage") String stage,
            @QueryParam("page") @DefaultValue("0") int page) {
        Job job = jobs.find(jobId).orElseThrow(() -> ProblemException.notFound("Job " + jobId));
        switch (stage == null ? "" : stage.toLowerCase(Locale.ROOT)) {
            case "split" -> messenger.split(jobId, job.getPriority());
            case "page" -> {
                if (page < 1) {
                    throw new ProblemException(400, "MISSING_PAGE", "stage=page needs page=N");
                }
                messenger.page(jobId, page, job.getPriority());
            }
            case "index" -> messenger.index(jobId);
            case "export" -> messenger.export(jobId);
            default -> throw new ProblemException(400, "BAD_STAGE", "stage must be split, page, index or export");
        }
        return Response.accepted().build();
    }
}
