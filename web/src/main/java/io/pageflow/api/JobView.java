package io.pageflow.api;

import java.time.OffsetDateTime;

import io.pageflow.job.Job;

/**
 * A job as the API shows it. {@code title} is the document's title, or its first file's name when the upload
 * gave none. {@code convert} is {@code gateway} for a job that also goes to the conversion gateway, and
 * {@code resultPath} where the gateway's answer is stored once it has one.
 */
public record JobView(long id, long documentId, String title, String status, String stage, int progress, int pagesTotal,
        int pagesDone, int pagesFailed, Integer currentPage, String errorCode, String errorMessage,
        OffsetDateTime createdAt, OffsetDateTime startedAt, OffsetDateTime completedAt, OffsetDateTime failedAt,
        OffsetDateTime cancelledAt, int priority, String onPageError, String convert, String resultPath) {

    static JobView of(Job job) {
        return new JobView(job.getId(), job.getDocumentId(), job.getTitle(), job.getStatus().label(), job.getStage().label(),
                job.getProgress(), job.getPagesTotal(), job.getPagesDone(), job.getPagesFailed(), job.getCurrentPage(),
                job.getErrorCode(), job.getErrorMessage(), job.getCreatedAt(), job.getStartedAt(), job.getCompletedAt(),
                job.getFailedAt(), job.getCancelledAt(), job.getPriority(), job.getOnPageError(), job.getConversion(),
                job.getResultPath());
    }
}
