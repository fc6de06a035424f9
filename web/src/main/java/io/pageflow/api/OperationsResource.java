package io.pageflow.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.pageflow.api.problem.Problem;
import io.pageflow.document.OrphanSweeper;
import io.pageflow.job.JobService;
import io.pageflow.job.StageRequeue;
import io.pageflow.security.Role;

/**
 * Operator tools. Re-sending a stage message is always safe: a stage acts only on work in the state it
 * expects, so a message for finished or running work is acknowledged and ignored.
 */
@RequestScoped
@RolesAllowed(Role.O)
@Path("/admin")
@Tag(name = "operations", description = "Operator tools")
public class OperationsResource {

    @Inject
    JobService jobs;

    @Inject
    StageRequeue requeue;

    @Inject
    OrphanSweeper sweeper;

    /** What a sweep removed. */
    @Schema(name = "SweepResult")
    public record SweepResult(@Schema(description = "Objects removed") int deleted) {
    }

    @POST
    @Path("sweep")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "sweepOrphans",
            summary = "Remove orphaned objects older than the grace period now, instead of at the next hourly sweep")
    @APIResponse(responseCode = "200", description = "How many objects were removed",
            content = @Content(schema = @Schema(implementation = SweepResult.class)))
    public SweepResult sweep() {
        return new SweepResult(sweeper.sweep());
    }

    @POST
    @Path("requeue")
    // no @Produces: 202 has no body, and a client that accepts only problems (as the generated one does) is served
    @Operation(operationId = "requeueStage", summary = "Send a stage message for a job (or one page) again",
            description = "For work that an operator believes stuck; duplicates are harmless by design.")
    @APIResponse(responseCode = "202", description = "Message sent")
    @APIResponse(responseCode = "400", description = "No job, an unknown stage, or stage page without a page",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such job",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    public Response requeue(@QueryParam("jobId") @NotNull Long jobId,
            @QueryParam("stage") @NotNull @Pattern(regexp = "^(split|page|classify|extract|index|export|gateway|analyze|consolidate)$") String stage,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page) {
        requeue.send(JobResource.existing(jobs, jobId), stage, page);
        return Response.accepted().build();
    }
}
