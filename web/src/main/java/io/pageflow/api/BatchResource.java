package io.pageflow.api;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.pageflow.api.problem.Problem;
import io.pageflow.batch.BatchQueries;
import io.pageflow.batch.BatchService;
import io.pageflow.batch.BatchSummary;
import io.pageflow.batch.RunSummary;
import io.pageflow.error.InvalidRequestException;
import io.pageflow.error.NotFoundException;
import io.pageflow.ingest.Submission;
import io.pageflow.job.JobOptions;
import io.pageflow.security.Role;

/** ZIP batches: every PDF or image in the archive becomes its own document and job. */
@RequestScoped
@RolesAllowed(Role.S)
@Path("/batches")
@Tag(name = "batches", description = "ZIP archives of documents")
@Produces(MediaType.APPLICATION_JSON)
public class BatchResource {

    @Inject
    BatchService batches;

    @Inject
    BatchQueries queries;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "createBatch", summary = "Submit a ZIP of PDFs and images",
            description = "Each entry becomes its own job; folders and hidden files are skipped; entries leaving the "
                    + "archive's folder and nested archives are refused; entry count, unpacked size and compression "
                    + "ratio are limited.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = BatchForm.class)))
    @APIResponse(responseCode = "202", description = "The batch and what became of each entry; Location is its URL",
            content = @Content(schema = @Schema(implementation = BatchSummary.class)))
    @APIResponse(responseCode = "400", description = "No archive, or more than one",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Upload larger than the configured limit",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Not a ZIP archive",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Intake paused on this node (INTAKE_PAUSED); Retry-After says when to try again",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A damaged archive",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    public Response submit(List<EntityPart> parts) throws IOException {
        BatchSummary summary = null;
        String language = null;
        for (EntityPart part : parts) {
            switch (part.getName()) {
                case "language" -> language = FormFields.text(part);
                case "file" -> {
                    if (summary != null) {
                        throw new InvalidRequestException("ONE_ARCHIVE", "Send one ZIP per batch");
                    }
                    long id = batches.submit(part.getFileName().orElse("upload.zip"), part.getContent(),
                            new Submission(null, language, JobOptions.DEFAULTS, null, Submission.STORE));
                    summary = queries.summary(id).orElseThrow();
                }
                default -> {
                    // fields this version does not read are ignored
                }
            }
        }
        if (summary == null) {
            throw new InvalidRequestException("NO_FILE", "Send the ZIP archive in the multipart field 'file'");
        }
        URI location = uriInfo.getBaseUriBuilder().path(BatchResource.class).path(Long.toString(summary.id())).build();
        return Response.accepted(summary).location(location).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getBatch", summary = "A batch: file count, each file's status and error, the totals, its status")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = BatchSummary.class)))
    @APIResponse(responseCode = "404", description = "No such batch",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    public BatchSummary get(@PathParam("id") long id) {
        return queries.summary(id).orElseThrow(() -> new NotFoundException("Batch " + id + " does not exist"));
    }

    @GET
    @Path("{id}/summary")
    @Operation(operationId = "getBatchSummary", summary = "The batch's run summary, stored when its last job ended",
            description = "Counts by outcome and by document type, each file's outcome and error, the totals of the "
                    + "extracted amounts per type, the time span. Stored once per end of the batch: a job that runs "
                    + "again and ends makes the next version; earlier versions stay readable with ?version=.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = RunSummary.class)))
    @APIResponse(responseCode = "404", description = "No such batch, or no such version",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "BATCH_RUNNING: the batch has not ended yet (no summary so far)",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    public RunSummary summary(@PathParam("id") long id,
            @Parameter(description = "A version of the summary; the latest when absent")
            @QueryParam("version") @Min(1) Integer version) {
        return queries.runSummary(id, version);
    }
}
