package io.pageflow.api.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import io.pageflow.error.InvalidRequestException;

/** A request whose values the domain's rules refuse (beyond what parameter constraints say): 400. */
@Provider
public class InvalidRequestMapper implements ExceptionMapper<InvalidRequestException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(InvalidRequestException e) {
        return Problem.response(400, e.code(), e.getMessage(), uriInfo.getPath());
    }
}
