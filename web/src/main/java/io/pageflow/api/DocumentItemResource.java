package io.pageflow.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.pageflow.api.problem.Problem;
import io.pageflow.api.understanding.DocumentView;
import io.pageflow.document.DocumentDeletion;
import io.pageflow.document.DocumentQueries;
import io.pageflow.error.NotFoundException;
import io.pageflow.security.Role;

/** One document: its status, type and key fields; deleting it and everything made from it. */
@RequestScoped
@RolesAllowed(Role.S)
@Path("/documents/{documentId}")
@Tag(name = "documents")
public class DocumentItemResource {

    @Inject
    DocumentDeletion deletion;

    @Inject
    DocumentQueries documents;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getDocument", summary = "A document's status, type and key fields")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(responseCode = "404", description = "No such document",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    public DocumentView get(@PathParam("documentId") long documentId) {
        return documents.listed(documentId).map(DocumentView::of)
                .orElseThrow(() -> new NotFoundException("Document " + documentId + " does not exist"));
    }

    @RolesAllowed(Role.O)
    @DELETE
    @Operation(operationId = "deleteDocument", summary = "Delete a document: its pages, jobs, chunks, vectors, events and stored objects")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such document",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A job is processing the document",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    public Response delete(@PathParam("documentId") long documentId) {
        var keys = deletion.deleteRows(documentId);
        // The rows are gone (committed); objects left behind by a storage failure are swept later.
        deletion.deleteObjects(keys);
        return Response.noContent().build();
    }
}
