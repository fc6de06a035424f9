package io.pageflow.api;

import java.time.OffsetDateTime;

import io.pageflow.document.Page;

/**
 * A page's status as the API shows it; the text itself is at {@code /documents/{id}/pages/{n}/text}.
 * {@code hasImage} says whether {@code /documents/{id}/pages/{n}/image} has an image yet; {@code review} is
 * unreviewed, approved or rejected. {@code textSourceReason} says why the page was read as it was; a {@code blank}
 * page completed with empty text and the text source {@code none}.
 */
public record PageView(int number, String status, boolean hasImage, String textSource,
        String textSourceReason, boolean blank, Float confidence, String errorCode,
        String errorMessage, Long durationMs, int attempts, OffsetDateTime startedAt, OffsetDateTime completedAt,
        String review, String reviewNote, OffsetDateTime reviewedAt) {

    static PageView of(Page page) {
        return new PageView(page.getPageNumber(), page.getStatus().label(), page.getImageKey() != null, page.getTextSource(),
                page.getTextSourceReason(), page.isBlank(), page.getConfidence(),
                page.getErrorCode(), page.getErrorMessage(), page.getDurationMs(), page.getAttempts(),
                page.getStartedAt(), page.getCompletedAt(), page.getReview().label(), page.getReviewNote(),
                page.getReviewedAt());
    }
}
