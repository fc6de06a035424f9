package io.pageflow.api.analysis;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.pageflow.analysis.AnalysisJobs;
import io.pageflow.api.JobView;
import io.pageflow.api.PageParams;
import io.pageflow.api.Paging;
import io.pageflow.api.problem.Problem;
import io.pageflow.security.Role;

/** Analyses of a document: start one with a profile, list those started. */
@RequestScoped
@RolesAllowed(Role.S)
@Path("/documents/{id}/analyses")
@Tag(name = "analysis")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentAnalysisResource {

    @Inject
    AnalysisJobs analyses;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "startAnalysis", summary = "Analyse every page of an ingested document with a profile",
            description = "Starts a job of kind analysis; follow it at /api/jobs/{id}, its pages at "
                    + "/api/jobs/{id}/analysis-pages.")
    @APIResponse(responseCode = "202", description = "Analysis queued; Location is its job's URL",
            content = @Content(schema = @Schema(implementation = JobView.class)))
    @APIResponse(responseCode = "400", description = "No profile name",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such document or profile",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The document is not ingested yet (DOCUMENT_NOT_INGESTED)",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    public Response start(@PathParam("id") long id, @NotNull @Valid NewAnalysis request) {
        return JobView.accepted(uriInfo, analyses.analyse(id, request.profile()));
    }

    @GET
    @Operation(operationId = "listAnalyses", summary = "The document's analyses and consolidations, newest first, a page at a time")
    @APIResponse(responseCode = "200", description = "One page of jobs",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = JobView.class)))
    @APIResponse(responseCode = "400", description = "A parameter out of range",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    public Response list(@PathParam("id") long id, @Valid @BeanParam PageParams page) {
        return Paging.page(uriInfo, analyses.ofDocument(id, page.offset(), page.limit()).stream().map(JobView::of).toList(),
                analyses.countOfDocument(id), page);
    }
}
