package io.pageflow.api.security;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.pageflow.api.Responses;
import io.pageflow.api.problem.Problem;
import io.pageflow.error.InvalidRequestException;
import io.pageflow.security.Role;
import io.pageflow.security.Secrets;
import io.pageflow.security.UserAccount;
import io.pageflow.security.Users;

/** Users and their roles, for admins ({@code ./pageflow user add|list|remove} calls these). */
@RequestScoped
@Path("/users")
@RolesAllowed(Role.A)
@Tag(name = "users", description = "Users and roles (admin)")
public class UserResource {

    @Schema(name = "NewUser")
    public record NewUser(@NotNull String name, @NotNull @Schema(enumeration = {"submitter", "reviewer", "operator", "admin"})
            String role, @Schema(description = "At least 12 characters; without it one is made and answered once")
            String password) {
    }

    @Schema(name = "UserView")
    public record UserView(@Schema(required = true) String name, @Schema(required = true) String role,
            OffsetDateTime createdAt, OffsetDateTime lockedUntil,
            @Schema(description = "The made password, only in the answer that created the user without one")
            String password) {

        static UserView of(UserAccount user, String password) {
            return new UserView(user.name(), user.role().id(), user.createdAt(), user.lockedUntil(), password);
        }
    }

    @Inject
    Users users;

    @Context
    UriInfo uriInfo;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listUsers", summary = "Every user with their role")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = UserView.class)))
    public List<UserView> list() {
        return users.list().stream().map(user -> UserView.of(user, null)).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addUser", summary = "Add a user; without a password one is made and shown once")
    @APIResponse(responseCode = "201", description = "Made; Location names it", content = @Content(schema = @Schema(implementation = UserView.class)))
    @APIResponse(responseCode = "400", description = "USER_NAME_INVALID, PASSWORD_TOO_SHORT, ROLE_UNKNOWN",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "USER_EXISTS",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    public Response add(@NotNull @Valid NewUser request) {
        Role role = Role.of(request.role()).orElseThrow(() -> new InvalidRequestException("ROLE_UNKNOWN",
                "A role is submitter, reviewer, operator or admin."));
        String made = request.password() == null ? Secrets.random(18) : null;
        UserAccount user = users.add(request.name(), role, made != null ? made : request.password());
        return Responses.created(uriInfo, user.name(), UserView.of(user, made));
    }

    @DELETE
    @Path("{name}")
    @Operation(operationId = "removeUser", summary = "Remove a user and their tokens and sessions; what they submitted stays")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such user",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    public Response remove(@PathParam("name") String name) {
        boolean removed = users.remove(name);
        VerifiedPasswords.forget(name);
        return Responses.removed(removed, "There is no user named " + name + ".");
    }
}
