package io.pageflow.api;

import java.time.OffsetDateTime;

import io.pageflow.event.JobEvent;

/** One entry of a job's audit trail; {@code actor} is the user whose request caused it (none: the pipeline). */
public record EventView(long id, String type, Integer pageNumber, String errorCode, String message, String node,
        OffsetDateTime createdAt, String actor) {

    static EventView of(JobEvent event) {
        return new EventView(event.getId(), event.getType(), event.getPageNumber(), event.getErrorCode(),
                event.getMessage(), event.getNode(), event.getCreatedAt(), event.getActor());
    }
}
