package io.pageflow.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.pageflow.api.problem.Problem;
import io.pageflow.document.DocumentDeletion;

/** Deleting a document and everything made from it. */
@RequestScoped
@Path("/documents/{documentId}")
@Tag(name = "documents")
public class DocumentDeletionResource {

    @Inject
    DocumentDeletion deletion;

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
