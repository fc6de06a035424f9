package io.pageflow.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.pageflow.document.DocumentQueries;
import io.pageflow.ingest.IngestService;
import io.pageflow.ingest.Submission;
import io.pageflow.ingest.Upload;
import io.pageflow.event.EventLog;
import io.pageflow.job.Job;
import io.pageflow.job.JobActions;
import io.pageflow.job.JobOptions;
import io.pageflow.job.JobService;
import io.pageflow.job.JobStatus;
import io.pageflow.storage.ObjectStorage;
import io.pageflow.storage.StorageKeys;

/** Submit documents and follow their jobs. */
@RequestScoped
@Path("/jobs")
@Tag(name = "jobs")
@Produces(MediaType.APPLICATION_JSON)
public class JobResource {

    @Inject
    IngestService ingest;

    @Inject
    JobService jobs;

    @Inject
    DocumentQueries documents;

    @Inject
    ObjectStorage storage;

    @Inject
    JobActions actions;

    @Inject
    EventLog eventLog;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Submit a document",
            description = "Stores the file(s) and queues the job; processing happens in the background.")
    @RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = UploadForm.class)))
    @APIResponse(responseCode = "202", description = "Job queued; Location is its URL",
            content = @Content(schema = @Schema(implementation = JobView.class)))
    @APIResponse(responseCode = "200", description = "The job already created for this Idempotency-Key",
            content = @Content(schema = @Schema(implementation = JobView.class)))
    @APIResponse(responseCode = "400", description = "No file, empty file, mixed PDF and images, unknown language")
    @APIResponse(responseCode = "409", description = "The same files are already stored (see onDuplicate); Link names their job")
    @APIResponse(responseCode = "413", description = "Upload larger than the configured limit")
    @APIResponse(responseCode = "415", description = "Not a PDF or a supported image (judged by content)")
    public Response submit(@HeaderParam("Idempotency-Key") String idempotencyKey, List<EntityPart> parts)
            throws IOException {
        // Declared lengths over the limit were refused by UploadLimitFilter before the body was read.
        List<Upload> files = new ArrayList<>();
        String title = null;
        String language = null;
        String onPageError = null;
        String priority = null;
        String password = null;
        String onDuplicate = null;
        for (EntityPart part : parts) {
            switch (part.getName()) {
                case "file" -> files.add(new Upload(part.getFileName().orElse("upload"), part.getContent()));
                case "title" -> title = FormFields.text(part);
                case "language" -> language = FormFields.text(part);
                case "onPageError" -> onPageError = FormFields.text(part);
                case "priority" -> priority = FormFields.text(part);
                case "password" -> password = FormFields.text(part);
                case "onDuplicate" -> onDuplicate = FormFields.text(part);
                default -> {
                    // unknown fields are ignored, so that clients can send more than this version reads
                }
            }
        }
        IngestService.Submitted submitted = ingest.submit(
                new Submission(title, language, options(priority, onPageError, idempotencyKey), password, onDuplicate), files);
        Job job = submitted.job();
        URI location = uriInfo.getBaseUriBuilder().path(JobResource.class).path(Long.toString(job.getId())).build();
        if (submitted.replayed()) {
            return Response.ok(JobView.of(job)).location(location).header("Idempotent-Replayed", "true").build();
        }
        return Response.accepted(JobView.of(job)).location(location).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A job's status, stage, progress and error")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = JobView.class)))
    @APIResponse(responseCode = "404", description = "No such job")
    public JobView get(@PathParam("id") long id) {
        return JobView.of(job(id));
    }

    @GET
    @Operation(summary = "Jobs, newest first")
    public List<JobView> list(@QueryParam("status") String status,
            @QueryParam("limit") @DefaultValue("50") int limit,
            @QueryParam("offset") @DefaultValue("0") int offset) {
        if (limit < 1 || limit > 500 || offset < 0) {
            throw new ProblemException(400, "BAD_PAGING", "limit must be 1–500 and offset at least 0");
        }
        return jobs.list(status(status), limit, offset).stream().map(JobView::of).toList();
    }

    @GET
    @Path("{id}/pages")
    @Operation(summary = "Every page of the job's document with its status, text source and error")
    public List<PageView> pages(@PathParam("id") long id) {
        return documents.pages(job(id).getDocumentId()).stream().map(PageView::of).toList();
    }

    @GET
    @Path("{id}/pages/{number}")
    @Operation(summary = "One page of the job's document")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PageView.class)))
    @APIResponse(responseCode = "404", description = "No such job or page")
    public PageView page(@PathParam("id") long id, @PathParam("number") int number) {
        return documents.page(job(id).getDocumentId(), number).map(PageView::of)
                .orElseThrow(() -> ProblemException.notFound("Page " + number + " of job " + id));
    }

    @GET
    @Path("{id}/result")
    @Produces({MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML})
    @Operation(summary = "The export of a completed job: metadata, every page's text, the chunks with page ranges")
    @APIResponse(responseCode = "200", description = "The export as JSON or XML")
    @APIResponse(responseCode = "409", description = "The job has not completed")
    public Response result(@PathParam("id") long id, @QueryParam("format") @DefaultValue("json") String format) {
        if (!format.equals("json") && !format.equals("xml")) {
            throw new ProblemException(400, "BAD_FORMAT", "format must be json or xml");
        }
        Job job = job(id);
        if (job.getStatus() != JobStatus.COMPLETED) {
            throw new ProblemException(409, "JOB_NOT_COMPLETED", "Job " + id + " is " + job.getStatus().label()
                    + "; its result exists once it is completed");
        }
        String key = StorageKeys.result(id, format);
        StreamingOutput body = out -> {
            try (InputStream in = storage.open(key)) {
                in.transferTo(out);
            }
        };
        return Response.ok(body, format.equals("xml") ? MediaType.APPLICATION_XML_TYPE : MediaType.APPLICATION_JSON_TYPE)
                .header("Content-Disposition", "inline; filename=\"job-" + id + "." + format + "\"")
                .build();
    }

    @POST
    @Path("{id}/resume")
    @Operation(summary = "Resume a failed or cancelled job",
            description = "Runs only the pending and failed pages, then indexing and export; completed pages are kept.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = JobView.class)))
    @APIResponse(responseCode = "409", description = "The job is not failed or cancelled")
    public JobView resume(@PathParam("id") long id) {
        return JobView.of(actions.resume(id));
    }

    @POST
    @Path("{id}/restart")
    @Operation(summary = "Run a finished job again from page 1, replacing its results")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = JobView.class)))
    @APIResponse(responseCode = "409", description = "The job is still queued or processing")
    public JobView restart(@PathParam("id") long id) {
        return JobView.of(actions.restart(id));
    }

    @POST
    @Path("{id}/cancel")
    @Operation(summary = "Cancel a queued or processing job", description = "No new page is started; the job ends cancelled.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = JobView.class)))
    @APIResponse(responseCode = "409", description = "The job has already ended")
    public JobView cancel(@PathParam("id") long id) {
        return JobView.of(actions.cancel(id));
    }

    @POST
    @Path("{id}/pages/{number}/retry")
    @Operation(summary = "Run one page of a finished job again, then re-index and re-export the document")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = JobView.class)))
    @APIResponse(responseCode = "409", description = "The job is running, or has pages that never ran (resume it)")
    public JobView retryPage(@PathParam("id") long id, @PathParam("number") int number) {
        return JobView.of(actions.retryPage(id, number));
    }

    @GET
    @Path("{id}/events")
    @Operation(summary = "The job's audit trail, oldest first",
            description = "Stages started and finished, pages completed or failed, retries, expired leases, user actions.")
    public List<EventView> events(@PathParam("id") long id, @QueryParam("after") @DefaultValue("0") long after,
            @QueryParam("limit") @DefaultValue("1000") int limit) {
        job(id);
        if (limit < 1 || limit > 10000) {
            throw new ProblemException(400, "BAD_PAGING", "limit must be 1–10000");
        }
        return eventLog.events(id, after, limit).stream().map(EventView::of).toList();
    }

    private static JobOptions options(String priority, String onPageError, String idempotencyKey) {
        try {
            int level = priority == null ? Job.DEFAULT_PRIORITY : Integer.parseInt(priority);
            return new JobOptions(level, onPageError, idempotencyKey);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(400, "BAD_OPTION", e.getMessage() == null || e instanceof NumberFormatException
                    ? "priority must be a number 0–9" : e.getMessage());
        }
    }

    private Job job(long id) {
        return jobs.find(id).orElseThrow(() -> ProblemException.notFound("Job " + id));
    }

    private static JobStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return JobStatus.fromLabel(status);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(400, "BAD_STATUS",
                    "status must be one of queued, processing, completed, failed, cancelled");
        }
    }
}
