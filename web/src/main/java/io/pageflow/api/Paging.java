package io.pageflow.api;

import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * The one paging style of the API. In: {@code limit} and {@code offset} query parameters. Out: the items as a
 * JSON array, the number of all items in {@code X-Total-Count}, and RFC 8288 {@code Link} relations
 * {@code first}, {@code prev}, {@code next} and {@code last}. A client pages by following {@code next} until
 * there is none.
 */
public final class Paging {

    public static final String TOTAL_COUNT = "X-Total-Count";
    public static final String DEFAULT_LIMIT = "100";
    public static final int MAX_LIMIT = 1000;

    public static final String TOTAL_COUNT_DESCRIPTION = "How many items there are in all";
    public static final String LINK_DESCRIPTION = "RFC 8288 links to the first, prev, next and last pages";

    private Paging() {
    }

    public static Response page(UriInfo uriInfo, List<?> items, long total, PageParams page) {
        int limit = page.limit();
        int offset = page.offset();
        List<Link> links = new ArrayList<>();
        links.add(link(uriInfo, "first", 0, limit));
        if (offset > 0) {
            links.add(link(uriInfo, "prev", Math.max(0, offset - limit), limit));
        }
        if (offset + items.size() < total) {
            links.add(link(uriInfo, "next", offset + limit, limit));
        }
        long last = total == 0 ? 0 : (total - 1) / limit * limit;
        links.add(link(uriInfo, "last", last, limit));
        return Response.ok(items).header(TOTAL_COUNT, total).links(links.toArray(Link[]::new)).build();
    }

    private static Link link(UriInfo uriInfo, String rel, long offset, int limit) {
        return Link.fromUriBuilder(uriInfo.getRequestUriBuilder()
                .replaceQueryParam("offset", offset)
                .replaceQueryParam("limit", limit)).rel(rel).build();
    }
}
