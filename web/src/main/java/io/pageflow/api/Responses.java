package io.pageflow.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.pageflow.error.NotFoundException;

/** The answers that creating and removing a resource give, alike everywhere. */
public final class Responses {

    private Responses() {
    }

    /** 201 with the made thing, and its address (the request's path and {@code id}) in {@code Location}. */
    public static Response created(UriInfo uriInfo, Object id, Object entity) {
        return Response.created(uriInfo.getAbsolutePathBuilder().path(id.toString()).build()).entity(entity).build();
    }

    /** 204 when something was removed; otherwise the 404 problem saying what was not there. */
    public static Response removed(boolean removed, String missing) {
        if (!removed) {
            throw new NotFoundException(missing);
        }
        return Response.noContent().build();
    }
}
