package io.pageflow.api;

import java.time.OffsetDateTime;

import io.pageflow.event.JobEvent;

/** One entry of a job's audit trail. */
public record EventView(long id, String type, Integer pageNumber, String errorCode, String message, String node,
        OffsetDateTime createdAt) {

    static EventView of(JobEvent event) {
        return new EventView(event.getId(), event.getType(), event.getPageNumber(), event.getErrorCode(),
                event.getMessage(), event.getNode(), event.getCreatedAt());
    }
}
