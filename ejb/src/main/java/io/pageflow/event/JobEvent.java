package io.pageflow.event;

import java.time.OffsetDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One entry of a job's audit trail; written by {@link EventLog}, read by the API. */
@Entity
@Table(name = "job_event")
public class JobEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long jobId;
    private Integer pageNumber;
    private String type;
    private String errorCode;
    private String message;
    private String node;
    private OffsetDateTime createdAt = OffsetDateTime.now();
    /** Who caused it: the request's user; {@code null} when the pipeline did. */
    private String actor = io.pageflow.security.Actor.current();

    protected JobEvent() {
    }

    public JobEvent(long jobId, Integer pageNumber, EventType type, String errorCode, String message, String node) {
        this.jobId = jobId;
        this.pageNumber = pageNumber;
        this.type = type.label();
        this.errorCode = errorCode;
        this.message = message;
        this.node = node;
    }

    public Long getId() {
        return id;
    }

    public long getJobId() {
        return jobId;
    }

    public Integer getPageNumber() {
        return pageNumber;
    }

    public String getType() {
        return type;
    }

    public String getErrorCode() {
        return errorCode;
    }

    public String getMessage() {
        return message;
    }

    public String getNode() {
        return node;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    /** The user who caused it, or {@code null} (before users existed, or the pipeline itself). */
    public String getActor() {
        return actor;
    }
}
