package io.pageflow.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.pageflow.document.DocumentQueries;
import io.pageflow.document.Page;
import io.pageflow.document.PageStatus;
import io.pageflow.ingest.FileType;
import io.pageflow.ingest.FileIntake;
import io.pageflow.job.JobActions;
import io.pageflow.storage.ObjectStorage;

/** A document's page: its text and its image, and replacing it. */
@RequestScoped
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
    JobActions actions;

    @GET
    @Path("text")
    @Produces(MediaType.TEXT_PLAIN + ";charset=UTF-8")
    @Operation(summary = "The text of a completed page")
    @APIResponse(responseCode = "200", description = "The page's text (text layer or OCR)")
    @APIResponse(responseCode = "404", description = "No such document or page")
    @APIResponse(responseCode = "409", description = "The page has no text yet, or failed")
    public String text(@PathParam("documentId") long documentId, @PathParam("number") int number) {
        Page page = page(documentId, number);
        if (page.getStatus() != PageStatus.COMPLETED) {
            throw new ProblemException(409, "PAGE_NOT_COMPLETED",
                    "Page " + number + " is " + page.getStatus().label() + "; it has text once completed");
        }
        return page.getText();
    }

    @GET
    @Path("image")
    @Produces({"image/png", "image/jpeg", "image/tiff", "image/webp"})
    @Operation(summary = "The stored image of a page (rendered from the PDF, or the uploaded image)")
    @APIResponse(responseCode = "200", description = "The page image")
    @APIResponse(responseCode = "404", description = "No such page, or no image yet")
    public Response image(@PathParam("documentId") long documentId, @PathParam("number") int number) throws IOException {
        Page page = page(documentId, number);
        if (page.getImageKey() == null) {
            throw new ProblemException(404, "NO_IMAGE", "Page " + number + " has no image yet");
        }
        PushbackInputStream in = new PushbackInputStream(storage.open(page.getImageKey()), FileType.HEAD_LENGTH);
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
    @Operation(summary = "Replace a page's image and run that page again, then re-index the document")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = JobView.class)))
    @APIResponse(responseCode = "404", description = "No such document or page")
    @APIResponse(responseCode = "409", description = "A job is processing this document")
    public JobView replace(@PathParam("documentId") long documentId, @PathParam("number") int number,
            List<EntityPart> parts) {
        return JobView.of(actions.replacePage(documentId, number, PageEditResource.storeFile(intake, documentId, parts)));
    }

    private Page page(long documentId, int number) {
        documents.document(documentId).orElseThrow(() -> ProblemException.notFound("Document " + documentId));
        return documents.page(documentId, number)
                .orElseThrow(() -> ProblemException.notFound("Page " + number + " of document " + documentId));
    }
}
