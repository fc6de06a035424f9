package io.pageflow.state;

import java.util.EnumSet;
import java.util.Set;

import io.pageflow.job.JobStatus;

/**
 * Every way a job's status may change, as a table. Within {@code processing} the job also moves through its
 * stages (split → pages → index → export), each step guarded by the stage it leaves ({@link JobStates#advance}).
 * <pre>
 * queued ──begin──▶ processing ──complete──▶ completed
 *   │                 │ └──────fail──────▶ failed
 *   └──cancel/fail────┴──────cancel──────▶ cancelled
 * completed | failed | cancelled ──reopen──▶ processing   (resume, restart, retry a page, add or replace a page)
 * completed | failed | cancelled ──requeue─▶ queued       (resume or restart of a job that was never split)
 * </pre>
 */
public enum JobTransition {
    BEGIN(JobStatus.PROCESSING, JobStatus.QUEUED),
    COMPLETE(JobStatus.COMPLETED, JobStatus.PROCESSING),
    FAIL(JobStatus.FAILED, JobStatus.QUEUED, JobStatus.PROCESSING),
    CANCEL(JobStatus.CANCELLED, JobStatus.QUEUED, JobStatus.PROCESSING),
    REOPEN(JobStatus.PROCESSING, JobStatus.COMPLETED, JobStatus.FAILED, JobStatus.CANCELLED),
    REQUEUE(JobStatus.QUEUED, JobStatus.COMPLETED, JobStatus.FAILED, JobStatus.CANCELLED);

    private final JobStatus to;
    private final Set<JobStatus> from;

    JobTransition(JobStatus to, JobStatus first, JobStatus... more) {
        this.to = to;
        this.from = EnumSet.of(first, more);
    }

    public JobStatus to() {
        return to;
    }

    /** The statuses this transition may leave. */
    public Set<JobStatus> from() {
        return from;
    }

    public boolean allows(JobStatus status) {
        return from.contains(status);
    }
}
