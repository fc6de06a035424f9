package io.pageflow.webhook;

import java.time.OffsetDateTime;

/**
 * One event for one receiver, as it stands.
 *
 * @param id               the {@code Pageflow-Delivery} header, the same on every attempt
 * @param status           {@code pending}, {@code delivered} or {@code failed}
 * @param attempts         attempts made so far
 * @param lastResponseCode the HTTP status of the last attempt, null when it got no answer
 * @param lastError        why the last attempt did not deliver, null when it did
 * @param nextAttemptAt    when the next attempt is due, while one is
 */
public record Delivery(String id, String event, String status, int attempts, Integer lastResponseCode,
        String lastError, OffsetDateTime createdAt, OffsetDateTime lastAttemptAt, OffsetDateTime nextAttemptAt,
        OffsetDateTime deliveredAt, OffsetDateTime failedAt) {

    public static final String PENDING = "pending";
    public static final String DELIVERED = "delivered";
    public static final String FAILED = "failed";
}
