package io.pageflow.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The paging parameters of every list ({@code @Valid @BeanParam PageParams page}): {@code limit} items from the
 * {@code offset}-th on. The list's answer carries {@code X-Total-Count} and {@code Link} ({@link Paging}); its
 * OpenAPI description gets those headers from {@link PagedListHeaders}.
 */
public class PageParams {

    @QueryParam("limit")
    @DefaultValue(Paging.DEFAULT_LIMIT)
    @Min(1)
    @Max(Paging.MAX_LIMIT)
    @Parameter(description = "How many items, at most")
    int limit;

    @QueryParam("offset")
    @DefaultValue("0")
    @Min(0)
    @Parameter(description = "How many items to skip")
    int offset;

    public int limit() {
        return limit;
    }

    public int offset() {
        return offset;
    }
}
