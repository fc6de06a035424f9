package io.pageflow.api;

import java.io.IOException;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.pageflow.api.problem.Problem;
import io.pageflow.error.InvalidRequestException;
import io.pageflow.ingest.FileIntake;
import io.pageflow.ingest.Upload;
import io.pageflow.job.JobActions;
import io.pageflow.security.Role;

/**
 * Adds a page to a document; the document is then re-indexed. (Replacing a page is a PUT on the page itself,
 * in {@link DocumentResource}.)
 */
@RequestScoped
@RolesAllowed(Role.S)
@Path("/documents/{documentId}/pages")
@Tag(name = "documents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.MULTIPART_FORM_DATA)
public class PageEditResource {

    @Inject
    FileIntake intake;

    @Inject
    JobActions actions;

    @Context
    UriInfo uriInfo;

    @POST
    @Operation(operationId = "addPage", summary = "Add a page (an image or a one-page PDF) at the end, or at `position`",
            description = "Later pages move up by one. The page is processed, then the document re-indexed and re-exported.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = AddPageForm.class)))
    @APIResponse(responseCode = "202", description = "The document's job, processing the new page",
            content = @Content(schema = @Schema(implementation = JobView.class)))
    @APIResponse(responseCode = "400", description = "No file, or a position that is not a page number or past the end",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such document",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A job is processing this document",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Not an image or a one-page PDF (judged by content)",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Intake paused on this node (INTAKE_PAUSED); Retry-After says when to try again",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    public Response add(@PathParam("documentId") long documentId, List<EntityPart> parts) throws IOException {
        Integer position = null;
        String key = null;
        for (EntityPart part : parts) {
            switch (part.getName()) {
                case "position" -> position = position(FormFields.text(part));
                case "file" -> key = store(intake, documentId, part);
                default -> {
                    // fields this version does not read are ignored
                }
            }
        }
        if (key == null) {
            throw noFile();
        }
        return JobResource.accepted(uriInfo, actions.addPage(documentId, key, position));
    }

    /** Stores the {@code file} part of a page upload and returns its key (400 when there is none). */
    static String storeFile(FileIntake intake, long documentId, List<EntityPart> parts) {
        for (EntityPart part : parts) {
            if ("file".equals(part.getName())) {
                return store(intake, documentId, part);
            }
        }
        throw noFile();
    }

    private static String store(FileIntake intake, long documentId, EntityPart part) {
        return intake.storePageFile(documentId, new Upload(part.getFileName().orElse("page"), part.getContent()));
    }

    private static InvalidRequestException noFile() {
        return new InvalidRequestException("NO_FILE", "Send the page in the multipart field 'file'");
    }

    private static Integer position(String value) {
        try {
            return value == null ? null : Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("BAD_POSITION", "position must be a page number");
        }
    }
}
