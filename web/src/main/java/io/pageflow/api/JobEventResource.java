package io.pageflow.api;

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

import io.pageflow.api.problem.Problem;
import io.pageflow.event.EventLog;
import io.pageflow.job.JobService;
import io.pageflow.security.Role;

/**
 * A job's audit trail. Events are only ever appended, oldest first, so a client that has read {@code n} events
 * asks for the new ones with {@code offset=n}.
 */
@RequestScoped
@RolesAllowed(Role.S)
@Path("/jobs/{id}/events")
@Tag(name = "jobs")
@Produces(MediaType.APPLICATION_JSON)
public class JobEventResource {

    @Inject
    JobService jobs;

    @Inject
    EventLog eventLog;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(operationId = "listEvents", summary = "The job's audit trail, oldest first, a page at a time",
            description = "Stages started and finished, pages completed or failed, retries, expired leases, user actions.")
    @APIResponse(responseCode = "200", description = "One page of events",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = EventView.class)))
    @APIResponse(responseCode = "400", description = "A parameter out of range",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such job",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    public Response list(@PathParam("id") long id,
            @Valid @BeanParam PageParams page) {
        JobResource.existing(jobs, id);
        return Paging.page(uriInfo, eventLog.events(id, page.offset(), page.limit()).stream().map(EventView::of).toList(),
                eventLog.count(id), page);
    }
}
