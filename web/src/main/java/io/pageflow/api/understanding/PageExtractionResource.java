package io.pageflow.api.understanding;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import io.pageflow.document.Document;
import io.pageflow.document.DocumentQueries;
import io.pageflow.document.Page;
import io.pageflow.error.NotFoundException;
import io.pageflow.security.Role;
import io.pageflow.understanding.Corrections;
import io.pageflow.understanding.ExtractionJson;
import io.pageflow.understanding.PageUnderstandings;

/** What a page is understood to be, and a person's corrections. */
@RequestScoped
@RolesAllowed(Role.S)
@Path("/documents/{documentId}/pages/{number}/extraction")
@Tag(name = "extraction")
@Produces(MediaType.APPLICATION_JSON)
public class PageExtractionResource {

    @Inject
    DocumentQueries documents;

    @Inject
    PageUnderstandings understandings;

    @Inject
    Corrections corrections;

    @GET
    @Operation(operationId = "getPageExtraction", summary = "A page's type, scores, fields and their validation")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PageExtractionView.class)))
    @APIResponse(responseCode = "404", description = "No such document or page, or the page is not classified yet",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    public PageExtractionView page(@PathParam("documentId") long documentId, @PathParam("number") int number) {
        Page page = documents.page(documentId, number)
                .orElseThrow(() -> new NotFoundException("Document " + documentId + " has no page " + number));
        return understandings.of(page.getId()).map(u -> PageExtractionView.of(number, u, documentExtraction(documentId)))
                .orElseThrow(() -> new NotFoundException("Page " + number + " of document " + documentId
                        + " has not been classified yet"));
    }

    @RolesAllowed(Role.R)
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "correctPageExtraction", summary = "A person corrects a page's type or fields",
            description = "Values are stored with source human, validated again with the page's other fields; the "
                    + "document's merged fields and its exported results follow, and the job's trail records it.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PageExtractionView.class)))
    @APIResponse(responseCode = "400", description = "No such type or field",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such document or page",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The document is being processed, or the page has no type yet",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    public PageExtractionView correct(@PathParam("documentId") long documentId, @PathParam("number") int number,
            @NotNull @Valid CorrectionRequest request) {
        return PageExtractionView.of(number, corrections.correct(documentId, number, request.docType(),
                request.fields() == null ? JsonValue.EMPTY_JSON_OBJECT : request.fields(), null),
                documentExtraction(documentId));
    }

    private JsonObject documentExtraction(long documentId) {
        return documents.document(documentId).map(Document::getExtraction).map(ExtractionJson::parse).orElse(null);
    }
}
