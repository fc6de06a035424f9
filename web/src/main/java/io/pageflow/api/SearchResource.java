package io.pageflow.api;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.pageflow.index.SearchHit;
import io.pageflow.index.SearchService;

/** Semantic search over the chunks of every document, or of one. */
@RequestScoped
@Path("/search")
@Tag(name = "search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    static final int MAX_K = 100;

    @Inject
    SearchService search;

    @GET
    @Operation(summary = "Top-k chunks by embedding similarity to the query",
            description = "Each hit names its document, chunk, page range and cosine similarity score.")
    public List<SearchHit> search(@QueryParam("q") String q, @QueryParam("k") @DefaultValue("10") int k,
            @QueryParam("documentId") Long documentId) {
        if (q == null || q.isBlank()) {
            throw new ProblemException(400, "MISSING_QUERY", "Give the search text in the q parameter");
        }
        if (k < 1 || k > MAX_K) {
            throw new ProblemException(400, "BAD_K", "k must be between 1 and " + MAX_K);
        }
        return search.search(q.strip(), k, documentId);
    }
}
