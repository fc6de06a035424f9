package io.pageflow.analysis;

import java.io.Serializable;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.pageflow.document.PageStatus;

/**
 * One page of an analysis or consolidation job: its status, how often it was started, its result or failure.
 * Read here; changed only through {@link io.pageflow.state.AnalysisPageStates}.
 */
@Entity
@Table(name = "analysis_page")
@IdClass(AnalysisPage.Key.class)
public class AnalysisPage {

    @Id
    private long jobId;
    @Id
    private int pageNumber;
    private PageStatus status;
    private int attempts;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    private String result;
    @JdbcTypeCode(SqlTypes.ARRAY)
    private String[] itemKeys;
    private String engine;
    private int tokensIn;
    private int tokensOut;
    private String errorCode;
    private String errorMessage;
    private Boolean retryable;
    private OffsetDateTime startedAt;
    private OffsetDateTime completedAt;

    protected AnalysisPage() {
    }

    public long getJobId() {
        return jobId;
    }

    public int getPageNumber() {
        return pageNumber;
    }

    public PageStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    /** The result as JSON text, checked against the profile's schema; null until the page completes. */
    public String getResult() {
        return result;
    }

    public String[] getItemKeys() {
        return itemKeys;
    }

    public String getEngine() {
        return engine;
    }

    public int getTokensIn() {
        return tokensIn;
    }

    public int getTokensOut() {
        return tokensOut;
    }

    public String getErrorCode() {
        return errorCode;
    }

    public String getErrorMessage() {
        return errorMessage;
    }

    public Boolean getRetryable() {
        return retryable;
    }

    public OffsetDateTime getStartedAt() {
        return startedAt;
    }

    public OffsetDateTime getCompletedAt() {
        return completedAt;
    }

    /** The composite key: job and page number. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long jobId;
        private int pageNumber;

        public Key() {
        }

        public Key(long jobId, int pageNumber) {
            this.jobId = jobId;
            this.pageNumber = pageNumber;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.jobId == jobId && key.pageNumber == pageNumber;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(jobId) * 31 + pageNumber;
        }
    }
}
