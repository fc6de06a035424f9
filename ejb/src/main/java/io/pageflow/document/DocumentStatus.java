package io.pageflow.document;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import io.pageflow.job.JobStatus;

/**
 * A document's status as a user thinks of it, from its latest job: {@code processing} while the job is
 * queued or running, {@code ready} once it completed, {@code failed} when it failed or was cancelled.
 */
public enum DocumentStatus {
    PROCESSING(EnumSet.of(JobStatus.QUEUED, JobStatus.PROCESSING)),
    READY(EnumSet.of(JobStatus.COMPLETED)),
    FAILED(EnumSet.of(JobStatus.FAILED, JobStatus.CANCELLED));

    private final Set<JobStatus> jobStatuses;

    DocumentStatus(Set<JobStatus> jobStatuses) {
        this.jobStatuses = jobStatuses;
    }

    public Set<JobStatus> jobStatuses() {
        return jobStatuses;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DocumentStatus of(JobStatus job) {
        for (DocumentStatus status : values()) {
            if (status.jobStatuses.contains(job)) {
                return status;
            }
        }
        throw new IllegalArgumentException("No document status for job status " + job);
    }

    public static DocumentStatus fromLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
