package io.pageflow.api.problem;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.servlet.http.HttpServletResponse;
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
    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

    /** A request parameter that failed its constraint, and why. */
    @Schema(name = "InvalidParam")
    public record InvalidParam(@Schema(required = true) String name, @Schema(required = true) String reason) {
    }

    public static Response response(int status, String code, String detail, String instance) {
        return response(status, code, detail, instance, null);
    }

    public static Response response(int status, String code, String detail, String instance, List<InvalidParam> invalid) {
        return Response.status(status).type(MEDIA_TYPE).entity(of(status, code, detail, instance, invalid)).build();
    }

    public static Problem of(int status, String code, String detail, String instance, List<InvalidParam> invalid) {
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "Error";
        return new Problem("urn:pageflow:problem:" + code.toLowerCase(Locale.ROOT).replace('_', '-'),
                title, status, detail, code, instance, invalid);
    }

    /** Answers this problem from a servlet filter, where no JAX-RS writer runs (same JSON as {@link #response}). */
    public void write(HttpServletResponse out) throws IOException {
        out.setStatus(status);
        out.setContentType(MEDIA);
        out.setCharacterEncoding("UTF-8");
        out.getWriter().write(JSON.toJson(this));
    }
}
