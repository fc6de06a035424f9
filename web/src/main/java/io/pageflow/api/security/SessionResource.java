package io.pageflow.api.security;

import jakarta.annotation.security.PermitAll;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.pageflow.api.problem.Problem;
import io.pageflow.security.ConsoleSessions;
import io.pageflow.security.LoginOutcome;

/**
 * The console's sign-in, its password verified by Elytron as HTTP Basic's is ({@link CredentialCheck}): a session
 * cookie ({@code HttpOnly}, {@code SameSite=Strict}, {@code Secure} over TLS) and the CSRF token its changes must
 * carry. Scripts need none of this: they send HTTP Basic or a token.
 */
@RequestScoped
@PermitAll
@Path("/session")
@Tag(name = "session", description = "Sign in to the console, see who is signed in, sign out")
public class SessionResource {

    /** A user name and password, as typed into the console's sign-in form. */
    @Schema(name = "Credentials")
    public record Credentials(@NotNull String name, @NotNull String password) {
    }

    /** Who is signed in; the CSRF token only for a console session. */
    @Schema(name = "SessionView")
    public record SessionView(@Schema(required = true) String name, @Schema(required = true) String role,
            @Schema(description = "Send it back as X-CSRF-Token with every change (console sessions only)")
            String csrfToken) {
    }

    @Inject
    CredentialCheck credentialCheck;

    @Inject
    ConsoleSessions sessions;

    @Context
    HttpServletRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "signIn", summary = "Sign in: sets the session cookie and answers the CSRF token")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = SessionView.class)))
    @APIResponse(responseCode = "401", description = "LOGIN_FAILED",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "LOGIN_SLOWED, USER_LOCKED: wait Retry-After seconds",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    public Response signIn(@NotNull @Valid Credentials credentials) {
        LoginOutcome outcome = credentialCheck.signIn(request, credentials.name(), credentials.password());
        if (outcome.status() != LoginOutcome.Status.OK) {
            return Refusal.of(outcome).response("/session");
        }
        ConsoleSessions.Opened opened = sessions.open(outcome.user());
        return Response.ok(new SessionView(outcome.user().name(), outcome.user().role().id(), opened.session().csrfToken()))
                .header("Set-Cookie", cookie(opened.id(), -1)).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getSession", summary = "Who is signed in (by session, Basic or token)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = SessionView.class)))
    @APIResponse(responseCode = "204", description = "Nobody is signed in")
    public Response get() {
        Caller caller = Caller.of(request);
        if (caller == null) {
            // not a 401: the console asks this before it shows its sign-in, and a browser logs every 401 as an error
            return Response.noContent().build();
        }
        return Response.ok(new SessionView(caller.name(), caller.role().id(), caller.csrfToken())).build();
    }

    @DELETE
    @Operation(operationId = "signOut", summary = "Sign out: ends the console session and clears its cookie")
    @APIResponse(responseCode = "204", description = "Signed out")
    public Response signOut() {
        String id = Authentication.sessionCookie(request);
        if (id != null) {
            sessions.close(id);
        }
        return Response.noContent().header("Set-Cookie", cookie("", 0)).build();
    }

    /** Built by hand: the servlet API of the server cannot say SameSite for one cookie. */
    private String cookie(String value, int maxAge) {
        boolean tls = request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"));
        String path = request.getContextPath().isEmpty() ? "/" : request.getContextPath();
        return Authentication.COOKIE + "=" + value + "; Path=" + path + "; HttpOnly; SameSite=Strict"
                + (tls ? "; Secure" : "") + (maxAge >= 0 ? "; Max-Age=" + maxAge : "");
    }
}
