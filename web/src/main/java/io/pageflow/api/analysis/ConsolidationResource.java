package io.pageflow.api.analysis;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.pageflow.analysis.AnalysisJobs;
import io.pageflow.api.JobView;
import io.pageflow.api.problem.Problem;
import io.pageflow.security.Role;

/** Consolidating a finished analysis. */
@RequestScoped
@RolesAllowed(Role.S)
@Path("/jobs/{id}/consolidate")
@Tag(name = "analysis")
@Produces(MediaType.APPLICATION_JSON)
public class ConsolidationResource {

    @Inject
    AnalysisJobs analyses;

    @Context
    UriInfo uriInfo;

    @POST
    @Operation(operationId = "consolidateAnalysis", summary = "Merge what a completed analysis found across its pages",
            description = "Starts a job of kind consolidation; its result (GET /api/jobs/{id}/result) lists each "
                    + "merged item with the pages it came from.")
    @APIResponse(responseCode = "202", description = "Consolidation queued; Location is its job's URL",
            content = @Content(schema = @Schema(implementation = JobView.class)))
    @APIResponse(responseCode = "404", description = "No such job",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The job is not an analysis (NOT_AN_ANALYSIS) or has not completed "
            + "(JOB_NOT_COMPLETED)",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    public Response consolidate(@PathParam("id") long id) {
        return JobView.accepted(uriInfo, analyses.consolidate(id));
    }
}
