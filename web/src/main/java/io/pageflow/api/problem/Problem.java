package io.pageflow.api.problem;

import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem-details body, the one shape of every error answer. {@code type} is a stable URN per error
 * code so that clients can branch on it; {@code code} repeats the code on its own for convenience;
 * {@code invalidParams} names the request parameters that were refused, when that is the problem.
 */
@Schema(name = "Problem", description = "RFC 9457 problem details, with a code to branch on")
public record Problem(
        @Schema(required = true, description = "urn:pageflow:problem:<code in lower case, dashes>") String type,
        @Schema(required = true) String title,
        @Schema(required = true) int status,
        String detail,
        @Schema(required = true, description = "What went wrong, e.g. NOT_FOUND, INVALID_PARAMETER, DOCUMENT_BUSY")
        String code,
        String instance,
        @Schema(description = "The refused parameters (code INVALID_PARAMETER)") List<InvalidParam> invalidParams) {

    /** The media type of every problem answer, also as the constant that annotations need. */
    public static final String MEDIA = "application/problem+json";
    public static final MediaType MEDIA_TYPE = MediaType.valueOf(MEDIA);

    /** A request parameter that failed its constraint, and why. */
    @Schema(name = "InvalidParam")
    public record InvalidParam(@Schema(required = true) String name, @Schema(required = true) String reason) {
    }

    public static Response response(int status, String code, String detail, String instance) {
        return response(status, code, detail, instance, null);
    }

    public static Response response(int status, String code, String detail, String instance, List<InvalidParam> invalid) {
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "Error";
        Problem problem = new Problem("urn:pageflow:problem:" + code.toLowerCase(Locale.ROOT).replace('_', '-'),
                title, status, detail, code, instance, invalid);
        return Response.status(status).type(MEDIA_TYPE).entity(problem).build();
    }
}
