package io.pageflow.api.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import io.pageflow.ingest.UploadRejectedException;

/** An upload refused for what it contains (type, size, pages): the status and code the intake chose. */
@Provider
public class UploadRejectedMapper implements ExceptionMapper<UploadRejectedException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(UploadRejectedException e) {
        return Problem.response(e.status(), e.code(), e.getMessage(), uriInfo.getPath());
    }
}
