package io.pageflow.api.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import io.pageflow.ingest.DuplicateDocumentException;

/** The same files are already stored: 409 {@code DUPLICATE}, with a Link to the job that has them. */
@Provider
public class DuplicateDocumentMapper implements ExceptionMapper<DuplicateDocumentException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(DuplicateDocumentException e) {
        return Response.fromResponse(Problem.response(409, "DUPLICATE", e.getMessage(), uriInfo.getPath()))
                .header("Link", "</api/jobs/" + e.jobId() + ">; rel=\"duplicate\"")
                .build();
    }
}
