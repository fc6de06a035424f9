package io.pageflow.api;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.pageflow.webhook.Webhook;

/** A registered webhook; its secret is never shown, only its last four characters. */
@Schema(name = "Webhook")
public record WebhookView(long id, String url, List<String> events,
        @Schema(description = "… and the secret's last four characters") String secretHint,
        OffsetDateTime createdAt) {

    static WebhookView of(Webhook hook) {
        return new WebhookView(hook.id(), hook.url(), hook.events(), hook.secretHint(), hook.createdAt());
    }
}
