package io.pageflow.understanding;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * What a page is (classify stage) and what it says in fields (extract stage). Written only through
 * {@link PageUnderstandings}. {@code extraction} is the page's JSON as the API shows it:
 * {@code {schemaVersion, docType, typeVersion, confidence, fields: {name: {value, confidence, source, evidence}},
 * validation: {valid, errors}}}.
 */
@Entity
@Table(name = "page_understanding")
public class PageUnderstanding {

    @Id
    private long pageId;
    private long documentId;
    private String docType;
    private int typeVersion;
    private float confidence;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    private String scores;
    private String engine;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    private String extraction;
    private Boolean valid;
    private boolean needsReview;
    private String errorCode;
    private String errorMessage;
    private int tokensIn;
    private int tokensOut;
    private OffsetDateTime classifiedAt = OffsetDateTime.now();
    private OffsetDateTime extractedAt;
    private OffsetDateTime correctedAt;

    protected PageUnderstanding() {
    }

    PageUnderstanding(long pageId, long documentId, Classification classification, String scores) {
        this.pageId = pageId;
        this.documentId = documentId;
        this.docType = classification.docType();
        this.typeVersion = classification.typeVersion();
        this.confidence = (float) classification.confidence();
        this.scores = scores;
        this.engine = classification.engine();
        this.tokensIn = classification.tokens().input();
        this.tokensOut = classification.tokens().output();
    }

    void extracted(String extractionJson, boolean isValid, TokenUsage tokens) {
        this.extraction = extractionJson;
        this.valid = isValid;
        this.tokensIn += tokens.input();
        this.tokensOut += tokens.output();
        this.extractedAt = OffsetDateTime.now();
    }

    /** A person looked at the page and changed or confirmed it: its type and confidence are theirs now. */
    void corrected() {
        this.correctedAt = OffsetDateTime.now();
    }

    void failed(String code, String message) {
        this.errorCode = code;
        this.errorMessage = message;
    }

    /** The page's fields pass (or not) once the document's merged fields were checked as a whole too. */
    void documentChecked(boolean pageAndDocumentValid) {
        this.valid = pageAndDocumentValid;
    }

    /**
     * Why a person should look at the page: its fields are invalid, an engine failed on it, or — unless a
     * person already did — its type is {@code unknown} or was given with less than {@code reviewConfidence}.
     */
    public List<ReviewQueue.Reason> reviewReasons(double reviewConfidence) {
        List<ReviewQueue.Reason> reasons = new ArrayList<>();
        if (correctedAt == null && TypeDefinition.UNKNOWN.equals(docType)) {
            reasons.add(ReviewQueue.Reason.UNKNOWN);
        } else if (correctedAt == null && confidence < reviewConfidence) {
            reasons.add(ReviewQueue.Reason.LOW_CONFIDENCE);
        }
        if (Boolean.FALSE.equals(valid)) {
            reasons.add(ReviewQueue.Reason.INVALID);
        }
        if (errorCode != null) {
            reasons.add(ReviewQueue.Reason.ERROR);
        }
        return reasons;
    }

    /** Stores whether the page is in the review queue ({@link #reviewReasons}), so that the queue is one query. */
    void judge(double reviewConfidence) {
        this.needsReview = !reviewReasons(reviewConfidence).isEmpty();
    }

    public long getPageId() {
        return pageId;
    }

    public long getDocumentId() {
        return documentId;
    }

    public String getDocType() {
        return docType;
    }

    public int getTypeVersion() {
        return typeVersion;
    }

    public float getConfidence() {
        return confidence;
    }

    public String getScores() {
        return scores;
    }

    public String getEngine() {
        return engine;
    }

    public String getExtraction() {
        return extraction;
    }

    public Boolean getValid() {
        return valid;
    }

    public boolean isNeedsReview() {
        return needsReview;
    }

    public String getErrorCode() {
        return errorCode;
    }

    public String getErrorMessage() {
        return errorMessage;
    }

    public int getTokensIn() {
        return tokensIn;
    }

    public int getTokensOut() {
        return tokensOut;
    }

    public OffsetDateTime getClassifiedAt() {
        return classifiedAt;
    }

    public OffsetDateTime getExtractedAt() {
        return extractedAt;
    }

    public OffsetDateTime getCorrectedAt() {
        return correctedAt;
    }
}
