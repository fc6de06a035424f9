package io.pageflow.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.pageflow.ingest.IngestService;
import io.pageflow.ingest.UploadLimits;
import io.pageflow.security.Role;

/** What this server accepts, for clients that check an upload before sending it. */
@RequestScoped
@RolesAllowed(Role.S)
@Path("/limits")
@Tag(name = "jobs")
@Produces(MediaType.APPLICATION_JSON)
public class LimitsResource {

    @Inject
    IngestService ingest;

    @GET
    @Operation(operationId = "getLimits", summary = "Accepted file types, upload limits and installed OCR languages")
    public UploadLimits limits() {
        return ingest.limits();
    }
}
