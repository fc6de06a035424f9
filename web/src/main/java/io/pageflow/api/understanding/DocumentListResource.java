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
import io.pageflow.document.DocumentQueries;
import io.pageflow.document.DocumentStatus;
import io.pageflow.security.Role;

/** Documents with their status, type and key fields ({@code GET /documents/{id}} is in DocumentItemResource). */
@RequestScoped
@RolesAllowed(Role.S)
@Path("/documents")
@Tag(name = "documents")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentListResource {

    @Inject
    DocumentQueries documents;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(operationId = "listDocuments", summary = "Documents, newest first, a page at a time")
    @APIResponse(responseCode = "200", description = "One page of documents",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = DocumentView.class)))
    @APIResponse(responseCode = "400", description = "A parameter out of range",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    public Response list(
            @Parameter(description = "Only documents of this type") @QueryParam("docType")
            @Pattern(regexp = "^[a-z][a-z0-9_]{0,62}$") String docType,
            @Parameter(description = "Only documents in this status") @QueryParam("status")
            @Pattern(regexp = "^(processing|ready|failed)$") String status,
            @Valid @BeanParam PageParams page) {
        DocumentStatus wanted = status == null ? null : DocumentStatus.fromLabel(status);
        return Paging.page(uriInfo, documents.documents(docType, wanted, page.offset(), page.limit()).stream().map(DocumentView::of).toList(),
                documents.countDocuments(docType, wanted), page);
    }
}
