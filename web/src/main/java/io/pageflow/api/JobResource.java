package io.pageflow.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.pageflow.api.problem.Problem;
import io.pageflow.error.ConflictException;
import io.pageflow.error.InvalidRequestException;
import io.pageflow.error.NotFoundException;
import io.pageflow.export.mapping.ExportMappings;
import io.pageflow.export.mapping.MappedExports;
import io.pageflow.gateway.ConversionRequests;
import io.pageflow.ingest.IngestService;
import io.pageflow.ingest.Submission;
import io.pageflow.ingest.Upload;
import io.pageflow.job.Job;
import io.pageflow.job.JobActions;
import io.pageflow.job.JobKind;
import io.pageflow.analysis.AnalysisResults;
import io.pageflow.api.analysis.AnalysisResultBody;
import io.pageflow.job.JobOptions;
import io.pageflow.page.JobOcrOptions;
import io.pageflow.page.OcrOptions;
import io.pageflow.page.OcrStep;
import io.pageflow.job.JobService;
import io.pageflow.job.JobStatus;
import io.pageflow.security.Role;
import io.pageflow.storage.ObjectStorage;
import io.pageflow.webhook.JobCallbacks;

/**
 * Submit documents, follow their jobs, fetch the export, and act on a job. Every action runs in the background:
 * it answers 202 with the job as it is now, like a submission.
 */
@RequestScoped
@RolesAllowed(Role.S)
@Path("/jobs")
@Tag(name = "jobs")
@Produces(MediaType.APPLICATION_JSON)
public class JobResource {

    static final String STATUSES = "^(queued|processing|completed|failed|cancelled)$";

    @Inject
    JobOcrOptions ocrOptions;

    @Inject
    IngestService ingest;

    @Inject
    JobService jobs;

    @Inject
    ObjectStorage storage;

    @Inject
    JobActions actions;

    @Inject
    MappedExports mappedExports;

    @Inject
    JobCallbacks callbacks;

    @Inject
    ConversionRequests conversions;

    @Inject
    AnalysisResults analysisResults;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "submitJob", summary = "Submit a document",
            description = "Stores the file(s) and queues the job; processing happens in the background.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = UploadForm.class)))
    @APIResponse(responseCode = "202", description = "Job queued; Location is its URL",
            content = @Content(schema = @Schema(implementation = JobView.class)))
    @APIResponse(responseCode = "200", description = "The job already created for this Idempotency-Key",
            content = @Content(schema = @Schema(implementation = JobView.class)))
    @APIResponse(responseCode = "400", description = "No file, empty file, mixed PDF and images, unknown language; "
            + "ocrModel, ocrSteps or ocrImages unknown (BAD_OPTION) or the model not installed (OCR_MODEL_MISSING); "
            + "a callbackUrl refused (CALLBACKS_DISABLED, INVALID_WEBHOOK_URL, WEBHOOK_TARGET_REFUSED); convert=gateway "
            + "refused (GATEWAY_NOT_CONFIGURED, MAPPING_REQUIRED, INVALID_MAPPING, GATEWAY_NEEDS_ONE_FILE)",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The same files are already stored (see onDuplicate); Link names their job",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Upload larger than the configured limit",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Not a PDF or a supported image (judged by content)",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Intake paused on this node (INTAKE_PAUSED); Retry-After says when to try again",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    public Response submit(
            @Parameter(description = "Sending the same key again answers with the job it created (200)")
            @HeaderParam("Idempotency-Key") String idempotencyKey, List<EntityPart> parts) throws IOException {
        // Declared lengths over the limit were refused by UploadLimitFilter before the body was read.
        List<Upload> files = new ArrayList<>();
        String title = null;
        String language = null;
        String onPageError = null;
        String priority = null;
        String password = null;
        String onDuplicate = null;
        String callbackUrl = null;
        String convert = null;
        String mapping = null;
        String ocrModel = null;
        String ocrSteps = null;
        String ocrImages = null;
        for (EntityPart part : parts) {
            switch (part.getName()) {
                case "file" -> files.add(new Upload(part.getFileName().orElse("upload"), part.getContent()));
                case "title" -> title = FormFields.text(part);
                case "language" -> language = FormFields.text(part);
                case "onPageError" -> onPageError = FormFields.text(part);
                case "priority" -> priority = FormFields.text(part);
                case "password" -> password = FormFields.text(part);
                case "onDuplicate" -> onDuplicate = FormFields.text(part);
                case "callbackUrl" -> callbackUrl = FormFields.text(part);
                case "convert" -> convert = FormFields.text(part);
                case "mapping" -> mapping = FormFields.content(part, ConversionRequests.MAX_MAPPING_BYTES);
                case "ocrModel" -> ocrModel = FormFields.text(part);
                case "ocrSteps" -> ocrSteps = FormFields.text(part);
                case "ocrImages" -> ocrImages = FormFields.text(part);
                default -> {
                    // unknown fields are ignored, so that clients can send more than this version reads
                }
            }
        }
        String callback = callbackUrl == null || callbackUrl.isBlank() ? null : callbacks.check(callbackUrl);
        OcrOptions ocr = ocrOptions.forUpload(ocrModel, ocrSteps, language);
        JobOptions options = conversions.check(options(priority, onPageError, idempotencyKey), convert, mapping,
                files.size()).withOcr(ocr.model().label(), OcrStep.format(ocr.steps()),
                ocrOptions.imagesForUpload(ocrImages));
        IngestService.Submitted submitted = ingest.submit(new Submission(title, language, options, password,
                onDuplicate, callback), files);
        Job job = submitted.job();
        if (submitted.replayed()) {
            return Response.ok(JobView.of(job)).location(location(uriInfo, job)).header("Idempotent-Replayed", "true").build();
        }
        return accepted(uriInfo, job);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getJob", summary = "A job's status, stage, progress and error")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = JobView.class)))
    @APIResponse(responseCode = "404", description = "No such job",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    public JobView get(@PathParam("id") long id) {
        return JobView.of(existing(jobs, id));
    }

    @GET
    @Operation(operationId = "listJobs", summary = "Jobs, newest first, a page at a time")
    @APIResponse(responseCode = "200", description = "One page of jobs",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = JobView.class)))
    @APIResponse(responseCode = "400", description = "A parameter out of range",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    public Response list(
            @Parameter(description = "Only jobs in this status") @QueryParam("status") @Pattern(regexp = STATUSES) String status,
            @Valid @BeanParam PageParams page) {
        JobStatus wanted = status == null ? null : JobStatus.fromLabel(status);
        return Paging.page(uriInfo, jobs.list(wanted, page.limit(), page.offset()).stream().map(JobView::of).toList(),
                jobs.count(wanted), page);
    }

    @GET
    @Path("{id}/result")
    @Produces({MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML})
    @Operation(operationId = "getResult",
            summary = "The export of a completed job: metadata, every page's text, the chunks with page ranges",
            description = "For an analysis: each page's result (JSON); for a consolidation: the merged items, each with "
                    + "the pages it came from and the names it was found under (JSON). "
                    + "With mapping=NAME (and format=xml), the document's fields as the XML that export mapping "
                    + "describes, made from the document's merged fields at the time of the request. With "
                    + "format=gateway, the conversion gateway's answer, byte for byte, for a job submitted with "
                    + "convert=gateway (its resultPath).")
    @APIResponse(responseCode = "200", description = "The export as JSON or XML", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = MediaType.APPLICATION_XML, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "format is not json, xml or gateway; a mapping with another format "
            + "than xml (MAPPING_NEEDS_XML)",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such job, or no such export mapping; format=gateway for a job "
            + "that was not converted by the gateway",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The job has not completed (JOB_NOT_COMPLETED); the mapping is "
            + "for another document type than the job's document (MAPPING_TYPE_MISMATCH)",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    public Response result(@PathParam("id") long id,
            @Parameter(description = "json or xml: Pageflow's export; gateway: the conversion gateway's answer (XML)")
            @QueryParam("format") @DefaultValue("json") @Pattern(regexp = "^(json|xml|gateway)$") String format,
            @Parameter(description = "An export mapping's name: the XML it describes instead of the standard export")
            @QueryParam("mapping") @Pattern(regexp = ExportMappings.NAME_PATTERN) String mapping) {
        Job job = existing(jobs, id);
        if (job.getStatus() != JobStatus.COMPLETED) {
            throw new ConflictException("JOB_NOT_COMPLETED", "Job " + id + " is " + job.getStatus().label()
                    + "; its result exists once it is completed");
        }
        if (mapping != null && job.getKind() == JobKind.INGEST) {
            if (!format.equals("xml")) {
                throw new InvalidRequestException("MAPPING_NEEDS_XML", "An export mapping shapes XML: ask for format=xml");
            }
            return Response.ok(mappedExports.render(id, job.getDocumentId(), mapping), MediaType.APPLICATION_XML_TYPE)
                    .header("Content-Disposition", "inline; filename=\"job-" + id + "-" + mapping + ".xml\"")
                    .build();
        }
        if (job.getKind() != JobKind.INGEST) {
            if (!format.equals("json") || mapping != null) {
                throw new InvalidRequestException("RESULT_IS_JSON", "The result of an " + job.getKind().label()
                        + " job is JSON: leave out format and mapping");
            }
            return Response.ok(job.getKind() == JobKind.CONSOLIDATION
                            ? AnalysisResultBody.consolidation(job, analysisResults.items(id))
                            : AnalysisResultBody.analysis(job, analysisResults.pages(id, 0, Integer.MAX_VALUE)),
                    MediaType.APPLICATION_JSON_TYPE).build();
        }
        if (format.equals("gateway") && job.getResultPath() == null) {
            throw new NotFoundException("Job " + id + " has no answer of the conversion gateway: it was not submitted "
                    + "with convert=gateway");
        }
        String key = format.equals("gateway") ? job.getResultPath() : job.resultKey(format);
        StreamingOutput body = out -> {
            try (InputStream in = storage.open(key)) {
                in.transferTo(out);
            }
        };
        boolean xml = !format.equals("json");
        return Response.ok(body, xml ? MediaType.APPLICATION_XML_TYPE : MediaType.APPLICATION_JSON_TYPE)
                .header("Content-Disposition", "inline; filename=\"job-" + id + (format.equals("gateway") ? "-gateway" : "")
                        + "." + (xml ? "xml" : "json") + "\"")
                .build();
    }

    @RolesAllowed(Role.O)
    @POST
    @Path("{id}/resume")
    @Operation(operationId = "resumeJob", summary = "Resume a failed or cancelled job",
            description = "Runs only the pending and failed pages, then indexing and export; completed pages are kept.")
    @APIResponse(responseCode = "202", description = "Resuming; Location is the job's URL",
            content = @Content(schema = @Schema(implementation = JobView.class)))
    @APIResponse(responseCode = "404", description = "No such job",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The job is not failed or cancelled",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    public Response resume(@PathParam("id") long id) {
        return accepted(uriInfo, actions.resume(id));
    }

    @RolesAllowed(Role.O)
    @POST
    @Path("{id}/restart")
    @Operation(operationId = "restartJob", summary = "Run a finished job again from page 1, replacing its results")
    @APIResponse(responseCode = "202", description = "Restarting; Location is the job's URL",
            content = @Content(schema = @Schema(implementation = JobView.class)))
    @APIResponse(responseCode = "404", description = "No such job",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The job is still queued or processing",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    public Response restart(@PathParam("id") long id) {
        return accepted(uriInfo, actions.restart(id));
    }

    @RolesAllowed(Role.O)
    @POST
    @Path("{id}/cancel")
    @Operation(operationId = "cancelJob", summary = "Cancel a queued or processing job",
            description = "No new page is started; the job ends cancelled.")
    @APIResponse(responseCode = "202", description = "Cancelling; Location is the job's URL",
            content = @Content(schema = @Schema(implementation = JobView.class)))
    @APIResponse(responseCode = "404", description = "No such job",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The job has already ended",
            content = @Content(mediaType = Problem.MEDIA, schema = @Schema(implementation = Problem.class)))
    public Response cancel(@PathParam("id") long id) {
        return accepted(uriInfo, actions.cancel(id));
    }

    /** 202 with the job and its URL: the answer of every action that goes on in the background. */
    static Response accepted(UriInfo uriInfo, Job job) {
        return Response.accepted(JobView.of(job)).location(location(uriInfo, job)).build();
    }

    static Job existing(JobService jobs, long id) {
        return jobs.find(id).orElseThrow(() -> new NotFoundException("Job " + id + " does not exist"));
    }

    private static URI location(UriInfo uriInfo, Job job) {
        return uriInfo.getBaseUriBuilder().path(JobResource.class).path(Long.toString(job.getId())).build();
    }

    private static JobOptions options(String priority, String onPageError, String idempotencyKey) {
        try {
            int level = priority == null ? Job.DEFAULT_PRIORITY : Integer.parseInt(priority);
            return new JobOptions(level, onPageError, idempotencyKey);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("BAD_OPTION", e.getMessage() == null || e instanceof NumberFormatException
                    ? "priority must be a number 0–9" : e.getMessage());
        }
    }
}
