package io.pageflow.api.problem;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJBException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;

/**
 * Everything no other mapper claims. An exception wrapped by the EJB container is unwrapped and handed to the
 * mapper of its own type; what is left is a 500 {@code INTERNAL_ERROR}, logged, never an HTML page.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Context
    UriInfo uriInfo;

    @Context
    Providers providers;

    @Override
    public Response toResponse(Throwable error) {
        Throwable cause = error;
        while (cause instanceof EJBException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause != error) {
            ExceptionMapper<Throwable> mapper = mapperFor(cause);
            if (mapper != null && !(mapper instanceof UnexpectedErrorMapper)) {
                return mapper.toResponse(cause);
            }
        }
        LOG.log(Level.SEVERE, "Unexpected error on " + uriInfo.getPath(), error);
        return Problem.response(500, "INTERNAL_ERROR", "Unexpected error; see the server log.", uriInfo.getPath());
    }

    @SuppressWarnings("unchecked")
    private ExceptionMapper<Throwable> mapperFor(Throwable cause) {
        return (ExceptionMapper<Throwable>) providers.getExceptionMapper(cause.getClass());
    }
}
