package io.pageflow.api;

import java.time.OffsetDateTime;

import io.pageflow.document.Page;

/** A page's status as the API shows it; the text itself is at {@code /documents/{id}/pages/{n}/text}. */
public record PageView(int number, String status, String textSource, Float confidence, String errorCode,
        String errorMessage, Long durationMs, int attempts, OffsetDateTime startedAt, OffsetDateTime completedAt) {

    static PageView of(Page page) {
        return new PageView(page.getPageNumber(), page.getStatus().label(), page.getTextSource(), page.getConfidence(),
                page.getErrorCode(), page.getErrorMessage(), page.getDurationMs(), page.getAttempts(),
                page.getStartedAt(), page.getCompletedAt());
    }
}
