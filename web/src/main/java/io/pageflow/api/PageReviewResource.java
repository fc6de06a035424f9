package io.pageflow.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.pageflow.api.problem.Problem;
import io.pageflow.review.PageReview;
import io.pageflow.review.ReviewService;
import io.pageflow.security.Role;

/** A reviewer approves or rejects a page's text. */
@RequestScoped
@RolesAllowed(Role.R)
@Path("/documents/{documentId}/pages/{number}/review")
@Tag(name = "documents")
public class PageReviewResource {

    @Inject
    ReviewService reviews;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reviewPage", summary = "Approve or reject a completed page's text",
            description = "The verdict is stored on the page and shown in its status; new text for the page "
                    + "(retry, replace, restart) makes it unreviewed again. Pages can be reviewed while later "
                    + "pages are still being processed.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PageView.class)))
    @APIResponse(responseCode = "400", description = "review is not approved, rejected or unreviewed; note too long",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such document or page",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The page has no text yet (not completed)",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    public PageView review(@PathParam("documentId") long documentId, @PathParam("number") int number,
            @NotNull @Valid ReviewRequest request) {
        return PageView.of(reviews.review(documentId, number, PageReview.fromLabel(request.review()), request.note()));
    }
}
