package io.pageflow.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * An RFC 9457 problem-details body. {@code type} is a stable URN per error code so that clients can
 * branch on it; {@code code} repeats the code on its own for convenience.
 */
public record Problem(String type, String title, int status, String detail, String code, String instance) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    public static Response response(int status, String code, String detail, String instance) {
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "Error";
        Problem problem = new Problem("urn:pageflow:problem:" + code.toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                title, status, detail, code, instance);
        return Response.status(status).type(MEDIA_TYPE).entity(problem).build();
    }
}
