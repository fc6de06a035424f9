package io.pageflow.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.pageflow.api.problem.Problem;

/**
 * Answers 413 to an upload whose declared length is over the limit before its body is read: the multipart
 * body is parsed before the resource method runs, so the check cannot wait until then.
 */
@Provider
@PreMatching
public class UploadLimitFilter implements ContainerRequestFilter {

    @Inject
    @ConfigProperty(name = "pageflow.upload.max-bytes", defaultValue = "1073741824")
    long maxUploadBytes;

    @Override
    public void filter(ContainerRequestContext request) {
        // POST uploads documents and pages, PUT replaces a page: both carry files
        if (!"POST".equals(request.getMethod()) && !"PUT".equals(request.getMethod())) {
            return;
        }
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared == null) {
            return;
        }
        long length;
        try {
            length = Long.parseLong(declared.trim());
        } catch (NumberFormatException e) {
            request.abortWith(Problem.response(400, "BAD_CONTENT_LENGTH", "Content-Length is not a number", null));
            return;
        }
        if (length > maxUploadBytes) {
            request.abortWith(Problem.response(413, "UPLOAD_TOO_LARGE", "The upload has " + length
                    + " bytes; the limit is " + maxUploadBytes + " (PAGEFLOW_UPLOAD_MAX_BYTES).",
                    request.getUriInfo().getPath()));
        }
    }
}
