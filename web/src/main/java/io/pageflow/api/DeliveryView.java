package io.pageflow.api;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.pageflow.webhook.Delivery;

/** One event sent (or being sent) to a webhook. */
@Schema(name = "WebhookDelivery")
public record DeliveryView(
        @Schema(description = "The Pageflow-Delivery header and the body's id: the same on every attempt") String id,
        String event,
        @Schema(enumeration = {"pending", "delivered", "failed"}) String status,
        @Schema(description = "Attempts made so far") int attempts,
        @Schema(description = "HTTP status of the last attempt; null when it got no answer") Integer lastResponseCode,
        @Schema(description = "Why the last attempt did not deliver") String lastError,
        OffsetDateTime createdAt, OffsetDateTime lastAttemptAt,
        @Schema(description = "When the next attempt is due, while one is") OffsetDateTime nextAttemptAt,
        OffsetDateTime deliveredAt, OffsetDateTime failedAt) {

    static DeliveryView of(Delivery d) {
        return new DeliveryView(d.id(), d.event(), d.status(), d.attempts(), d.lastResponseCode(), d.lastError(),
                d.createdAt(), d.lastAttemptAt(), d.nextAttemptAt(), d.deliveredAt(), d.failedAt());
    }
}
