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
import io.pageflow.index.SearchMode;
import io.pageflow.index.SearchScope;
import io.pageflow.index.SearchService;
import io.pageflow.security.Role;

/**
 * Search over the chunks of every document, or of one, by words and by meaning. It answers the best {@code k} hits, best first:
 * a ranking, not a list to page through.
 */
@RequestScoped
@RolesAllowed(Role.S)
@Path("/search")
@Tag(name = "search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    static final int MAX_K = 100;
    static final String MODES = "^(hybrid|vector|text)$";

    @Inject
    SearchService search;

    @GET
    @Operation(operationId = "search", summary = "Top-k chunks for a query, by its words and by its meaning",
            description = "mode=hybrid (the default) fuses the full-text ranking (the query's words, stemmed by the "
                    + "document's language; a chunk holding the query as a phrase first) with the embedding ranking "
                    + "by reciprocal rank fusion; mode=text and mode=vector use one of them. Each hit names its "
                    + "document, chunk, page range, score, the rankings that chose it (matchedBy) and a snippet "
                    + "with the matched words in <mark>…</mark>.")
    @APIResponse(responseCode = "200", description = "The hits, best first",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = SearchHit.class)))
    @APIResponse(responseCode = "400", description = "No query, k out of range, or an unknown mode",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    public List<SearchHit> search(
            @Parameter(description = "The search text", required = true) @QueryParam("q") @NotBlank String q,
            @Parameter(description = "How many hits") @QueryParam("k") @DefaultValue("10") @Min(1) @Max(MAX_K) int k,
            @Parameter(description = "Only this document's chunks") @QueryParam("documentId") Long documentId,
            @Parameter(description = "Only documents of this type (e.g. bill, eway_bill, unknown)")
            @QueryParam("docType") @jakarta.validation.constraints.Pattern(regexp = "^[a-z][a-z0-9_]{0,62}$") String docType,
            @Parameter(description = "hybrid: words and meaning fused; text: the words only; vector: the meaning only",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"hybrid", "vector", "text"},
                            defaultValue = "hybrid"))
            @QueryParam("mode") @DefaultValue("hybrid") @jakarta.validation.constraints.Pattern(regexp = MODES) String mode) {
        return search.search(q.strip(), k, SearchMode.of(mode), new SearchScope(documentId, docType));
    }
}
