package io.pageflow.event;

/** What can happen to a job, as it appears in its audit trail ({@code GET /api/jobs/{id}/events}). */
public enum EventType {
    JOB_QUEUED("job.queued"),
    STAGE_STARTED("stage.started"),
    STAGE_FINISHED("stage.finished"),
    PAGE_STARTED("page.started"),
    PAGE_COMPLETED("page.completed"),
    PAGE_FAILED("page.failed"),
    RETRY_SCHEDULED("retry.scheduled"),
    LEASE_EXPIRED("lease.expired"),
    LEASE_RELEASED("lease.released"),
    DEAD_LETTER("dead-letter"),
    JOB_COMPLETED("job.completed"),
    JOB_FAILED("job.failed"),
    JOB_CANCELLED("job.cancelled"),
    JOB_RESUMED("job.resumed"),
    JOB_RESTARTED("job.restarted"),
    PAGE_RETRY_REQUESTED("page.retry-requested"),
    PAGE_ADDED("page.added"),
    PAGE_REPLACED("page.replaced"),
    PAGE_REVIEWED("page.reviewed"),
    FIELDS_CORRECTED("page.fields-corrected");

    private final String label;

    EventType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
