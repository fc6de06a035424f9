package io.pageflow.api.analysis;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
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

import io.pageflow.analysis.AnalysisResults;
import io.pageflow.api.PageParams;
import io.pageflow.api.Paging;
import io.pageflow.api.problem.Problem;
import io.pageflow.error.NotFoundException;
import io.pageflow.job.JobService;
import io.pageflow.security.Role;

/** The per-page rows of an analysis or consolidation: status, attempts, result or failure. */
@RequestScoped
@RolesAllowed(Role.S)
@Path("/jobs/{id}/analysis-pages")
@Tag(name = "analysis")
@Produces(MediaType.APPLICATION_JSON)
public class AnalysisPageResource {

    @Inject
    JobService jobs;

    @Inject
    AnalysisResults results;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(operationId = "listAnalysisPages",
            summary = "An analysis's (or consolidation's) pages in order, with status, attempts, result or error")
    @APIResponse(responseCode = "200", description = "One page of pages",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = AnalysisPageView.class)))
    @APIResponse(responseCode = "400", description = "A parameter out of range",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such job",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    public Response list(@PathParam("id") long id, @Valid @BeanParam PageParams page) {
        jobs.find(id).orElseThrow(() -> new NotFoundException("Job " + id + " does not exist"));
        return Paging.page(uriInfo, results.pages(id, page.offset(), page.limit()).stream().map(AnalysisPageView::of)
                .toList(), results.countPages(id), page);
    }
}
