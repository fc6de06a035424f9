package io.pageflow.webhook;

import java.util.Arrays;
import java.util.Optional;

import io.pageflow.job.JobStatus;

/** The events a webhook can ask for, by the name they carry in {@code Pageflow-Event} and in the body's {@code type}. */
public enum WebhookEvent {

    JOB_COMPLETED("job.completed"),
    JOB_FAILED("job.failed"),
    JOB_CANCELLED("job.cancelled"),
    PAGE_FAILED("page.failed"),
    BATCH_COMPLETED("batch.completed"),
    DOCUMENT_CLASSIFIED("document.classified");

    private final String label;

    WebhookEvent(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether a job's {@code callbackUrl} receives it: the job's own end, nothing else. */
    public boolean isJobEnd() {
        return this == JOB_COMPLETED || this == JOB_FAILED || this == JOB_CANCELLED;
    }

    public static Optional<WebhookEvent> of(String label) {
        return Arrays.stream(values()).filter(e -> e.label.equals(label)).findFirst();
    }

    static WebhookEvent ended(JobStatus status) {
        return switch (status) {
            case COMPLETED -> JOB_COMPLETED;
            case FAILED -> JOB_FAILED;
            case CANCELLED -> JOB_CANCELLED;
            default -> throw new IllegalArgumentException("not an end: " + status);
        };
    }
}
