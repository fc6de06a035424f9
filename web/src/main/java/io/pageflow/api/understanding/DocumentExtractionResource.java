package io.pageflow.api.understanding;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
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
import io.pageflow.document.Document;
import io.pageflow.document.DocumentQueries;
import io.pageflow.error.NotFoundException;
import io.pageflow.security.Role;

/** What a document is understood to be: its type and its fields merged over its pages. */
@RequestScoped
@RolesAllowed(Role.S)
@Path("/documents/{documentId}/extraction")
@Tag(name = "extraction")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentExtractionResource {

    @Inject
    DocumentQueries documents;

    @GET
    @Operation(operationId = "getDocumentExtraction", summary = "The document's type and its fields merged over its pages")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DocumentExtractionView.class)))
    @APIResponse(responseCode = "404", description = "No such document, or not classified yet",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    public DocumentExtractionView document(@PathParam("documentId") long documentId) {
        Document document = documents.document(documentId)
                .orElseThrow(() -> new NotFoundException("Document " + documentId + " does not exist"));
        if (document.getDocType() == null) {
            throw new NotFoundException("Document " + documentId + " has not been classified yet");
        }
        return DocumentExtractionView.of(documentId, document.getDocType(), document.getExtraction());
    }
}
