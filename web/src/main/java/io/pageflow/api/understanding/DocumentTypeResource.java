package io.pageflow.api.understanding;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.pageflow.api.Responses;
import io.pageflow.api.problem.Problem;
import io.pageflow.security.Role;
import io.pageflow.understanding.type.DocumentTypes;

/**
 * Document types: what Pageflow can recognise and which fields it reads. A change is the next version; pages
 * keep the version they were read with.
 */
@RequestScoped
@RolesAllowed(Role.S)
@Path("/document-types")
@Tag(name = "document-types")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentTypeResource {

    @Inject
    DocumentTypes types;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(operationId = "listDocumentTypes", summary = "The current version of every document type")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = DocumentTypeView.class)))
    public List<DocumentTypeView> list() {
        return types.currentRows().stream().map(DocumentTypeView::of).toList();
    }

    @GET
    @Path("{name}")
    @Operation(operationId = "getDocumentType", summary = "A document type: its current version, or the one asked for")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DocumentTypeView.class)))
    @APIResponse(responseCode = "404", description = "No such type or version",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    public DocumentTypeView get(@PathParam("name") String name, @QueryParam("version") @Min(1) Integer version) {
        return DocumentTypeView.of(version == null ? types.row(name)
                : types.history(name).stream().filter(t -> t.getVersion() == version).findFirst()
                .orElseThrow(() -> new io.pageflow.error.NotFoundException("Document type " + name + " has no version " + version)));
    }

    @GET
    @Path("{name}/versions")
    @Operation(operationId = "listDocumentTypeVersions", summary = "Every version of a document type, newest first")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = DocumentTypeView.class)))
    @APIResponse(responseCode = "404", description = "No such type",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    public List<DocumentTypeView> versions(@PathParam("name") String name) {
        return types.history(name).stream().map(DocumentTypeView::of).toList();
    }

    @RolesAllowed(Role.A)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createDocumentType", summary = "A new document type, version 1")
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            content = @Content(schema = @Schema(implementation = DocumentTypeView.class)))
    @APIResponse(responseCode = "400", description = "Bad name, or the definition is not usable (schema, patterns, engine)",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A type of that name exists",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    public Response create(@NotNull @Valid NewDocumentType request) {
        DocumentTypeView created = DocumentTypeView.of(types.create(request.name(), request.definition(), null));
        return Responses.created(uriInfo, created.name(), created);
    }

    @RolesAllowed(Role.A)
    @PUT
    @Path("{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateDocumentType", summary = "The next version of a document type",
            description = "The body is the whole new definition. Pages already read keep the version they were read with.")
    @RequestBody(required = true, content = @Content(schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DocumentTypeView.class)))
    @APIResponse(responseCode = "400", description = "The definition is not usable",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such type",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    public DocumentTypeView update(@PathParam("name") String name, @NotNull JsonObject definition) {
        return DocumentTypeView.of(types.update(name, definition, null));
    }
}
