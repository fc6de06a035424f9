package io.pageflow.api.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import io.pageflow.error.ConflictException;

/** An action the current state does not allow: 409 with the code of the state in the way. */
@Provider
public class ConflictMapper implements ExceptionMapper<ConflictException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(ConflictException e) {
        return Problem.response(409, e.code(), e.getMessage(), uriInfo.getPath());
    }
}
