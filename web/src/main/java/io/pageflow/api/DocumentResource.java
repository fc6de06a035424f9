package io.pageflow.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.pageflow.api.problem.Problem;
import io.pageflow.document.DocumentQueries;
import io.pageflow.document.Page;
import io.pageflow.document.PageStatus;
import io.pageflow.error.ConflictException;
import io.pageflow.error.NotFoundException;
import io.pageflow.ingest.FileIntake;
import io.pageflow.ingest.FileType;
import io.pageflow.job.JobActions;
import io.pageflow.page.PageFiles;
import io.pageflow.security.Role;
import io.pageflow.storage.ObjectStorage;

/** A document's page: its text and its image, and replacing it. */
@RequestScoped
@RolesAllowed(Role.S)
@Path("/documents/{documentId}/pages/{number}")
@Tag(name = "documents")
public class DocumentResource {

    @Inject
    DocumentQueries documents;

    @Inject
    ObjectStorage storage;

    @Inject
    FileIntake intake;

    @Inject
    PageFiles pageFiles;

    @Inject
    JobActions actions;

    @Context
    UriInfo uriInfo;

    @GET
    @Path("text")
    @Produces(MediaType.TEXT_PLAIN + ";charset=UTF-8")
    @Operation(operationId = "getPageText", summary = "The text of a completed page")
    @APIResponse(responseCode = "200", description = "The page's text (text layer or OCR), UTF-8",
            content = @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No such document or page",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The page has no text yet, or failed",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    public String text(@PathParam("documentId") long documentId, @PathParam("number") int number) {
        Page page = page(documentId, number);
        if (page.getStatus() != PageStatus.COMPLETED) {
            throw new ConflictException("PAGE_NOT_COMPLETED",
                    "Page " + number + " is " + page.getStatus().label() + "; it has text once completed");
        }
        return page.getText();
    }

    @GET
    @Path("image")
    @Produces({"image/png", "image/jpeg", "image/tiff", "image/webp"})
    @Operation(operationId = "getPageImage",
            summary = "The image of a page (rendered from the PDF on first request and kept, or the uploaded image)")
    @APIResponse(responseCode = "200", description = "The page image", content = {
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/tiff", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/webp", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "404", description = "No such page, or no image yet",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    public Response image(@PathParam("documentId") long documentId, @PathParam("number") int number) throws IOException {
        Page page = page(documentId, number);
        if (page.getImageKey() == null) {
            throw new NotFoundException("Page " + number + " has no image yet");
        }
        String key = pageFiles.image(page.getSourceKey(), page.getImageKey(), number);
        PushbackInputStream in = new PushbackInputStream(storage.open(key), FileType.HEAD_LENGTH);
        byte[] head = in.readNBytes(FileType.HEAD_LENGTH);
        in.unread(head);
        String type = FileType.detect(head).map(FileType::mediaType).orElse(MediaType.APPLICATION_OCTET_STREAM);
        StreamingOutput body = out -> {
            try (InputStream source = in) {
                source.transferTo(out);
            }
        };
        return Response.ok(body, type).build();
    }

    @PUT
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replacePage",
            summary = "Replace a page's image and run that page again, then re-index the document")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = PageForm.class)))
    @APIResponse(responseCode = "202", description = "The document's job, processing the new page",
            content = @Content(schema = @Schema(implementation = JobView.class)))
    @APIResponse(responseCode = "400", description = "No file",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such document or page",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A job is processing this document",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Not an image or a one-page PDF (judged by content)",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Intake paused on this node (INTAKE_PAUSED); Retry-After says when to try again",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    public Response replace(@PathParam("documentId") long documentId, @PathParam("number") int number,
            List<EntityPart> parts) {
        String key = PageEditResource.storeFile(intake, documentId, parts);
        return JobResource.accepted(uriInfo, actions.replacePage(documentId, number, key));
    }

    private Page page(long documentId, int number) {
        documents.document(documentId).orElseThrow(() -> new NotFoundException("Document " + documentId + " does not exist"));
        return documents.page(documentId, number)
                .orElseThrow(() -> new NotFoundException("Page " + number + " of document " + documentId + " does not exist"));
    }
}
