package io.pageflow.state;

import io.pageflow.job.JobStatus;

/**
 * Fired (a synchronous CDI event) by {@link JobStates} in the transaction that ended a job: completed, failed or
 * cancelled. Observers run in that transaction, so what they write commits or rolls back with the job's end;
 * a duplicate message that ends nothing fires nothing.
 */
public record JobEnded(long jobId, JobStatus status) {
}
