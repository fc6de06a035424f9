package io.pageflow.api;

import java.time.Duration;
import java.time.OffsetDateTime;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.pageflow.job.Job;

/**
 * A job as the API shows it. {@code title} is the document's title, or its first file's name when the upload
 * gave none. {@code convert} is {@code gateway} for a job that also goes to the conversion gateway, and
 * {@code resultPath} where the gateway's answer is stored once it has one. An analysis or consolidation also says
 * its profile, the items found so far and, for a consolidation, the analysis it works on.
 */
public record JobView(long id, long documentId, String title, String status, String stage, int progress, int pagesTotal,
        int pagesDone, int pagesFailed, Integer currentPage, String errorCode, String errorMessage,
        OffsetDateTime createdAt, OffsetDateTime startedAt, OffsetDateTime completedAt, OffsetDateTime failedAt,
        OffsetDateTime cancelledAt, int priority, String onPageError, String convert, String resultPath,
        @Schema(description = "ingest, analysis or consolidation", enumeration = {"ingest", "analysis", "consolidation"})
        String kind,
        @Schema(description = "The analysis profile an analysis or consolidation runs with") String profile,
        Integer profileVersion,
        @Schema(description = "The analysis a consolidation works on") Long analysisJobId,
        @Schema(description = "Distinct items an analysis or consolidation found so far; it only grows within a run")
        int itemsFound,
        @Schema(description = "Seconds from the job's start to its end, or to now while it runs") Long elapsedSeconds,
        @Schema(description = "The OCR model its pages are read with (fast or best); null: the server's default")
        String ocrModel,
        @Schema(description = "The image steps before OCR (e.g. orient,deskew, or none); null: the server's default")
        String ocrSteps,
        @Schema(description = "Whether the images of its mixed pages are read by OCR too") boolean ocrImages,
        @Schema(description = "The user the job belongs to (docs/security.md)") String owner) {

    public static JobView of(Job job) {
        return new JobView(job.getId(), job.getDocumentId(), job.getTitle(), job.getStatus().label(), job.getStage().label(),
                job.getProgress(), job.getPagesTotal(), job.getPagesDone(), job.getPagesFailed(), job.getCurrentPage(),
                job.getErrorCode(), job.getErrorMessage(), job.getCreatedAt(), job.getStartedAt(), job.getCompletedAt(),
                job.getFailedAt(), job.getCancelledAt(), job.getPriority(), job.getOnPageError(), job.getConversion(),
                job.getResultPath(), job.getKind().label(),
                job.getProfileName(), job.getProfileVersion(), job.getSourceJobId(), job.getItemsFound(), elapsed(job),
                job.getOcrModel(), job.getOcrSteps(), job.readsImages(),
                job.getOwner());
    }

    /** 202 with the job and its URL: the answer of every action that goes on in the background. */
    public static Response accepted(UriInfo uriInfo, Job job) {
        return JobResource.accepted(uriInfo, job);
    }

    private static Long elapsed(Job job) {
        if (job.getStartedAt() == null) {
            return null;
        }
        OffsetDateTime end = job.getStatus().isFinal() ? firstNonNull(job.getCompletedAt(), job.getFailedAt(),
                job.getCancelledAt(), job.getUpdatedAt()) : OffsetDateTime.now();
        return Math.max(0, Duration.between(job.getStartedAt(), end).toSeconds());
    }

    private static OffsetDateTime firstNonNull(OffsetDateTime... times) {
        for (OffsetDateTime time : times) {
            if (time != null) {
                return time;
            }
        }
        return OffsetDateTime.now();
    }
}
