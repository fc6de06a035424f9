package io.pageflow.document;

import java.time.OffsetDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.pageflow.review.PageReview;

/**
 * A page of a document: where its source is, and once processed its text, where the text came from
 * ({@code text-layer}, {@code ocr}, or {@code none} for a blank page) and why, the OCR confidence and how long it
 * took.
 */
@Entity
@Table(name = "page")
public class Page {

    public static final String TEXT_LAYER = "text-layer";
    public static final String OCR = "ocr";
    /** A blank page: nothing to read, so nothing was read. */
    public static final String NONE = "none";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long documentId;
    private int pageNumber;
    private PageStatus status = PageStatus.PENDING;
    private String sourceKey;
    private String imageKey;
    private String textSource;
    private String textSourceReason;
    private boolean blank;
    private String text;
    private Float confidence;
    private int attempts;
    private String errorCode;
    private String errorMessage;
    private Long durationMs;
    private OffsetDateTime startedAt;
    private OffsetDateTime completedAt;
    private String leasedBy;
    private OffsetDateTime leaseExpiresAt;
    private PageReview review = PageReview.UNREVIEWED;
    private String reviewNote;
    private OffsetDateTime reviewedAt;

    protected Page() {
    }

    /** A new page, pending; its status changes only through {@link io.pageflow.state.PageStates}. */
    public Page(long documentId, int pageNumber, String sourceKey) {
        this.documentId = documentId;
        this.pageNumber = pageNumber;
        this.sourceKey = sourceKey;
    }

    public boolean isFinished() {
        return status == PageStatus.COMPLETED || status == PageStatus.FAILED;
    }

    public void review(PageReview verdict, String note) {
        this.review = verdict;
        this.reviewNote = note;
        this.reviewedAt = verdict == PageReview.UNREVIEWED ? null : OffsetDateTime.now();
    }

    public Long getId() {
        return id;
    }

    public long getDocumentId() {
        return documentId;
    }

    public int getPageNumber() {
        return pageNumber;
    }

    public PageStatus getStatus() {
        return status;
    }

    public String getSourceKey() {
        return sourceKey;
    }

    public String getImageKey() {
        return imageKey;
    }

    public String getTextSource() {
        return textSource;
    }

    /** Why the page was read as it was, e.g. {@code text-layer}, {@code unmapped-glyphs}, {@code blank-no-content}. */
    public String getTextSourceReason() {
        return textSourceReason;
    }

    public boolean isBlank() {
        return blank;
    }

    public String getText() {
        return text;
    }

    public Float getConfidence() {
        return confidence;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getErrorCode() {
        return errorCode;
    }

    public String getErrorMessage() {
        return errorMessage;
    }

    public Long getDurationMs() {
        return durationMs;
    }

    public OffsetDateTime getStartedAt() {
        return startedAt;
    }

    public OffsetDateTime getCompletedAt() {
        return completedAt;
    }

    public PageReview getReview() {
        return review;
    }

    public String getReviewNote() {
        return reviewNote;
    }

    public OffsetDateTime getReviewedAt() {
        return reviewedAt;
    }
}
