package io.pageflow.api;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJBException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import io.pageflow.error.ConflictException;
import io.pageflow.error.InvalidRequestException;
import io.pageflow.error.NotFoundException;
import io.pageflow.ingest.DuplicateDocumentException;
import io.pageflow.ingest.UploadRejectedException;

/** Turns every exception that reaches the API into a problem-details response; no HTML error pages. */
@Provider
public class ProblemMappers implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable error) {
        Throwable cause = unwrap(error);
        String instance = uriInfo == null ? null : uriInfo.getPath();
        if (cause instanceof ProblemException p) {
            return Problem.response(p.status(), p.code(), p.getMessage(), instance);
        }
        if (cause instanceof NotFoundException n) {
            return Problem.response(404, "NOT_FOUND", n.getMessage(), instance);
        }
        if (cause instanceof ConflictException c) {
            return Problem.response(409, c.code(), c.getMessage(), instance);
        }
        if (cause instanceof InvalidRequestException i) {
            return Problem.response(400, i.code(), i.getMessage(), instance);
        }
        if (cause instanceof DuplicateDocumentException d) {
            return Response.fromResponse(Problem.response(409, "DUPLICATE", d.getMessage(), instance))
                    .header("Link", "</api/jobs/" + d.jobId() + ">; rel=\"duplicate\"")
                    .build();
        }
        if (cause instanceof UploadRejectedException u) {
            return Problem.response(u.status(), u.code(), u.getMessage(), instance);
        }
        if (cause instanceof WebApplicationException w) {
            int status = w.getResponse().getStatus();
            String code = status == 404 ? "NOT_FOUND" : status == 405 ? "METHOD_NOT_ALLOWED"
                    : status == 415 ? "UNSUPPORTED_MEDIA_TYPE" : "HTTP_" + status;
            return Problem.response(status, code, w.getMessage(), instance);
        }
        LOG.log(Level.SEVERE, "Unexpected error on " + instance, error);
        return Problem.response(500, "INTERNAL_ERROR", "Unexpected error; see the server log.", instance);
    }

    private static Throwable unwrap(Throwable error) {
        Throwable t = error;
        while (t instanceof EJBException && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
