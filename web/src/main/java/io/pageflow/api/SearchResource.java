package io.pageflow.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.pageflow.api.problem.Problem;
import io.pageflow.index.SearchHit;
import io.pageflow.index.SearchService;
import io.pageflow.security.Role;

/**
 * Semantic search over the chunks of every document, or of one. It answers the best {@code k} hits, best first:
 * a ranking, not a list to page through.
 */
@RequestScoped
@RolesAllowed(Role.S)
@Path("/search")
@Tag(name = "search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    static final int MAX_K = 100;

    @Inject
    SearchService search;

    @GET
    @Operation(operationId = "search", summary = "Top-k chunks by embedding similarity to the query",
            description = "Each hit names its document, chunk, page range and cosine similarity score.")
    @APIResponse(responseCode = "200", description = "The hits, best first",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = SearchHit.class)))
    @APIResponse(responseCode = "400", description = "No query, or k out of range",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    public List<SearchHit> search(
            @Parameter(description = "The search text", required = true) @QueryParam("q") @NotBlank String q,
            @Parameter(description = "How many hits") @QueryParam("k") @DefaultValue("10") @Min(1) @Max(MAX_K) int k,
            @Parameter(description = "Only this document's chunks") @QueryParam("documentId") Long documentId,
            @Parameter(description = "Only documents of this type (e.g. bill, eway_bill, unknown)")
            @QueryParam("docType") @jakarta.validation.constraints.Pattern(regexp = "^[a-z][a-z0-9_]{0,62}$") String docType) {
        return search.search(q.strip(), k, documentId, docType);
    }
}
