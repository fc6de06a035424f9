package io.pageflow.api.problem;

import java.util.Map;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * What JAX-RS itself refuses before a resource runs (no such path, wrong method, a body it cannot read, an
 * unacceptable Accept header, a role that {@code @RolesAllowed} refuses) as a problem instead of the container's
 * HTML page.
 */
@Provider
public class HttpErrorMapper implements ExceptionMapper<WebApplicationException> {

    private static final Map<Integer, String> CODES = Map.of(
            400, "BAD_REQUEST",
            403, "FORBIDDEN",
            404, "NOT_FOUND",
            405, "METHOD_NOT_ALLOWED",
            406, "NOT_ACCEPTABLE",
            415, "UNSUPPORTED_MEDIA_TYPE");

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        // @RolesAllowed refusing the caller's role (docs/security.md)
        String detail = status == 403 ? "Your role may not do this (docs/security.md has the role matrix)." : e.getMessage();
        return Problem.response(status, CODES.getOrDefault(status, "HTTP_" + status), detail, uriInfo.getPath());
    }
}
