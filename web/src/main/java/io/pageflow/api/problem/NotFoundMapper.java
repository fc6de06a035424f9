package io.pageflow.api.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import io.pageflow.error.NotFoundException;

/** A job, document, page or batch that does not exist: 404 {@code NOT_FOUND}. */
@Provider
public class NotFoundMapper implements ExceptionMapper<NotFoundException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(NotFoundException e) {
        return Problem.response(404, "NOT_FOUND", e.getMessage(), uriInfo.getPath());
    }
}
