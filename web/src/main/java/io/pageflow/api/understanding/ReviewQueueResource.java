package io.pageflow.api.understanding;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.pageflow.api.PageParams;
import io.pageflow.api.Paging;
import io.pageflow.api.problem.Problem;
import io.pageflow.security.Role;
import io.pageflow.understanding.ReviewQueue;

/** Pages that need a person: unknown, low-confidence, invalid or failed ones, oldest first. */
@RequestScoped
@RolesAllowed(Role.R)
@Path("/review-queue")
@Tag(name = "extraction")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewQueueResource {

    @Inject
    ReviewQueue queue;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(operationId = "listReviewQueue", summary = "Pages waiting for a person, oldest first")
    @APIResponse(responseCode = "200", description = "One page of the queue",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ReviewItemView.class)))
    @APIResponse(responseCode = "400", description = "A parameter out of range",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    public Response list(
            @Parameter(description = "Only pages in the queue for this reason") @QueryParam("reason")
            @Pattern(regexp = "^(unknown|low-confidence|invalid|error)$") String reason,
            @Parameter(description = "Only pages of this type") @QueryParam("docType")
            @Pattern(regexp = "^[a-z][a-z0-9_]{0,62}$") String docType,
            @Valid @BeanParam PageParams page) {
        ReviewQueue.Reason wanted = reason == null ? null : ReviewQueue.Reason.fromLabel(reason);
        return Paging.page(uriInfo, queue.items(wanted, docType, page.offset(), page.limit()).stream().map(ReviewItemView::of).toList(),
                queue.count(wanted, docType), page);
    }
}
