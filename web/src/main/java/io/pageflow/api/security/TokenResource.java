package io.pageflow.api.security;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
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
import io.pageflow.security.ApiTokens;
import io.pageflow.security.Role;
import io.pageflow.security.UserAccount;
import io.pageflow.security.Users;

/**
 * The caller's own API tokens: made with a name, shown once ({@code Authorization: Bearer pf_<id>.<secret>}),
 * listed without their secret, revoked. A token acts with its user's role.
 */
@RequestScoped
@Path("/tokens")
@RolesAllowed(Role.S)
@Tag(name = "tokens", description = "API tokens for scripts")
public class TokenResource {

    @Schema(name = "NewToken")
    public record NewToken(@NotNull String name) {
    }

    @Schema(name = "TokenView")
    public record TokenView(@Schema(required = true) long id, @Schema(required = true) String name,
            OffsetDateTime createdAt, OffsetDateTime lastUsedAt, OffsetDateTime revokedAt,
            @Schema(description = "pf_<id>.<secret>: only in the answer that made it") String token) {

        static TokenView of(ApiTokens.TokenInfo info, String token) {
            return new TokenView(info.id(), info.name(), info.createdAt(), info.lastUsedAt(), info.revokedAt(), token);
        }
    }

    @Inject
    ApiTokens tokens;

    @Inject
    Users users;

    @Context
    HttpServletRequest request;

    @Context
    UriInfo uriInfo;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listTokens", summary = "The caller's tokens, without their secrets")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = TokenView.class)))
    public List<TokenView> list() {
        return tokens.list(me().id()).stream().map(info -> TokenView.of(info, null)).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createToken", summary = "Make a token; its secret is in this answer only")
    @APIResponse(responseCode = "201", description = "Made; Location names it", content = @Content(schema = @Schema(implementation = TokenView.class)))
    @APIResponse(responseCode = "400", description = "TOKEN_NAME_INVALID",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    public Response create(@NotNull @Valid NewToken request) {
        ApiTokens.NewToken made = tokens.create(me().id(), request.name());
        return Responses.created(uriInfo, made.info().id(), TokenView.of(made.info(), made.token()));
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "revokeToken", summary = "Revoke one of the caller's tokens")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "404", description = "The caller has no such token",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    public Response revoke(@PathParam("id") long id) {
        return Responses.removed(tokens.revoke(me().id(), id), "You have no token " + id + ".");
    }

    private UserAccount me() {
        Caller caller = Caller.of(request);
        return users.find(caller.name()).orElseThrow(() -> new InvalidRequestException("NO_USER",
                "Tokens belong to users; with authentication off there are none."));
    }
}
