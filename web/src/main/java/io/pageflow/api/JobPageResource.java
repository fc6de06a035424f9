package io.pageflow.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
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

import io.pageflow.api.problem.Problem;
import io.pageflow.document.DocumentQueries;
import io.pageflow.error.NotFoundException;
import io.pageflow.job.JobActions;
import io.pageflow.job.JobService;
import io.pageflow.security.Role;

/** The pages of a job's document: their status, one page, and running one page again. */
@RequestScoped
@RolesAllowed(Role.S)
@Path("/jobs/{id}/pages")
@Tag(name = "jobs")
@Produces(MediaType.APPLICATION_JSON)
public class JobPageResource {

    @Inject
    JobService jobs;

    @Inject
    DocumentQueries documents;

    @Inject
    JobActions actions;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(operationId = "listPages",
            summary = "The pages of the job's document in order, with their status, text source and error, a page at a time")
    @APIResponse(responseCode = "200", description = "One page of pages",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = PageView.class)))
    @APIResponse(responseCode = "400", description = "A parameter out of range",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such job",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    public Response list(@PathParam("id") long id,
            @Valid @BeanParam PageParams page) {
        long documentId = JobResource.existing(jobs, id).getDocumentId();
        return Paging.page(uriInfo, documents.pages(documentId, page.offset(), page.limit()).stream().map(PageView::of).toList(),
                documents.countPages(documentId), page);
    }

    @GET
    @Path("{number}")
    @Operation(operationId = "getPage", summary = "One page of the job's document")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PageView.class)))
    @APIResponse(responseCode = "404", description = "No such job or page",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    public PageView get(@PathParam("id") long id, @PathParam("number") int number) {
        return documents.page(JobResource.existing(jobs, id).getDocumentId(), number).map(PageView::of)
                .orElseThrow(() -> new NotFoundException("Page " + number + " of job " + id + " does not exist"));
    }

    @RolesAllowed(Role.O)
    @POST
    @Path("{number}/retry")
    @Operation(operationId = "retryPage",
            summary = "Run one page of a finished job again, then re-index and re-export the document")
    @APIResponse(responseCode = "202", description = "Retrying; Location is the job's URL",
            content = @Content(schema = @Schema(implementation = JobView.class)))
    @APIResponse(responseCode = "404", description = "No such job",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The job is running, or has pages that never ran (resume it)",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    public Response retry(@PathParam("id") long id, @PathParam("number") int number) {
        return JobResource.accepted(uriInfo, actions.retryPage(id, number));
    }
}
