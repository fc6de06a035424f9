package io.pageflow.api.export;

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
import io.pageflow.export.mapping.ExportMappings;
import io.pageflow.security.Role;

/**
 * Export mappings: how a document type's fields become the elements of someone else's XML. Managed like
 * document types: a change is the next version, and a mapping is checked against its type before it is stored.
 */
@RequestScoped
@RolesAllowed(Role.S)
@Path("/export-mappings")
@Tag(name = "export-mappings", description = "Named mappings of a type's fields to XML elements")
@Produces(MediaType.APPLICATION_JSON)
public class ExportMappingResource {

    @Inject
    ExportMappings mappings;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(operationId = "listExportMappings", summary = "The current version of every export mapping")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ExportMappingView.class)))
    public List<ExportMappingView> list() {
        return mappings.current().stream().map(ExportMappingView::of).toList();
    }

    @GET
    @Path("{name}")
    @Operation(operationId = "getExportMapping", summary = "An export mapping: its current version, or the one asked for")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ExportMappingView.class)))
    @APIResponse(responseCode = "404", description = "No such mapping or version",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    public ExportMappingView get(@PathParam("name") String name, @QueryParam("version") @Min(1) Integer version) {
        return ExportMappingView.of(mappings.row(name, version));
    }

    @GET
    @Path("{name}/versions")
    @Operation(operationId = "listExportMappingVersions", summary = "Every version of an export mapping, newest first")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ExportMappingView.class)))
    @APIResponse(responseCode = "404", description = "No such mapping",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    public List<ExportMappingView> versions(@PathParam("name") String name) {
        return mappings.history(name).stream().map(ExportMappingView::of).toList();
    }

    @RolesAllowed(Role.A)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createExportMapping", summary = "A new export mapping, version 1")
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            content = @Content(schema = @Schema(implementation = ExportMappingView.class)))
    @APIResponse(responseCode = "400", description = "INVALID_MAPPING (names that are not XML names, fields the type "
            + "does not have, paths in conflict), UNKNOWN_TYPE, or a bad name",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "MAPPING_EXISTS: a mapping of that name exists",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    public Response create(@NotNull @Valid NewExportMapping request) {
        ExportMappingView created = ExportMappingView.of(mappings.create(request.name(), request.definition(), null));
        return Responses.created(uriInfo, created.name(), created);
    }

    @RolesAllowed(Role.A)
    @PUT
    @Path("{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateExportMapping", summary = "The next version of an export mapping",
            description = "The body is the whole new definition; exports asked for afterwards follow it.")
    @RequestBody(required = true, content = @Content(schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ExportMappingView.class)))
    @APIResponse(responseCode = "400", description = "INVALID_MAPPING or UNKNOWN_TYPE",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such mapping",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    public ExportMappingView update(@PathParam("name") String name, @NotNull JsonObject definition) {
        return ExportMappingView.of(mappings.update(name, definition, null));
    }
}
