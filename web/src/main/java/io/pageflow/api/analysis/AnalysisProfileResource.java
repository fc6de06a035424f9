package io.pageflow.api.analysis;

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
import io.pageflow.analysis.profile.AnalysisProfiles;
import io.pageflow.api.problem.Problem;
import io.pageflow.error.NotFoundException;
import io.pageflow.security.Role;

/**
 * Analysis profiles: what an analysis asks of each page (prompt, result schema, engine). A change is the next
 * version; jobs keep the version they started with.
 */
@RequestScoped
@RolesAllowed(Role.S)
@Path("/analysis-profiles")
@Tag(name = "analysis")
@Produces(MediaType.APPLICATION_JSON)
public class AnalysisProfileResource {

    @Inject
    AnalysisProfiles profiles;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(operationId = "listAnalysisProfiles", summary = "The current version of every analysis profile")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = AnalysisProfileView.class)))
    public List<AnalysisProfileView> list() {
        return profiles.currentRows().stream().map(AnalysisProfileView::of).toList();
    }

    @GET
    @Path("{name}")
    @Operation(operationId = "getAnalysisProfile", summary = "An analysis profile: its current version, or the one asked for")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AnalysisProfileView.class)))
    @APIResponse(responseCode = "404", description = "No such profile or version",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    public AnalysisProfileView get(@PathParam("name") String name, @QueryParam("version") @Min(1) Integer version) {
        return AnalysisProfileView.of(version == null ? profiles.row(name)
                : profiles.history(name).stream().filter(p -> p.getVersion() == version).findFirst()
                .orElseThrow(() -> new NotFoundException("Analysis profile " + name + " has no version " + version)));
    }

    @GET
    @Path("{name}/versions")
    @Operation(operationId = "listAnalysisProfileVersions", summary = "Every version of an analysis profile, newest first")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = AnalysisProfileView.class)))
    @APIResponse(responseCode = "404", description = "No such profile",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    public List<AnalysisProfileView> versions(@PathParam("name") String name) {
        return profiles.history(name).stream().map(AnalysisProfileView::of).toList();
    }

    @RolesAllowed(Role.A)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createAnalysisProfile", summary = "A new analysis profile, version 1")
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            content = @Content(schema = @Schema(implementation = AnalysisProfileView.class)))
    @APIResponse(responseCode = "400", description = "Bad name, or the definition is not usable (prompt, schema, engine)",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A profile of that name exists",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    public Response create(@NotNull @Valid NewAnalysisProfile request) {
        AnalysisProfileView created = AnalysisProfileView.of(profiles.create(request.name(), request.definition(), null));
        return Responses.created(uriInfo, created.name(), created);
    }

    @RolesAllowed(Role.A)
    @PUT
    @Path("{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateAnalysisProfile", summary = "The next version of an analysis profile",
            description = "The body is the whole new definition. Jobs already started keep the version they run with.")
    @RequestBody(required = true, content = @Content(schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AnalysisProfileView.class)))
    @APIResponse(responseCode = "400", description = "The definition is not usable",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such profile",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    public AnalysisProfileView update(@PathParam("name") String name, @NotNull JsonObject definition) {
        return AnalysisProfileView.of(profiles.update(name, definition, null));
    }
}
