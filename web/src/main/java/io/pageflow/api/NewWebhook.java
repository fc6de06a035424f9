package io.pageflow.api;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.pageflow.webhook.Webhooks;

/** The body that registers a webhook. */
@Schema(name = "NewWebhook")
public record NewWebhook(
        @Schema(required = true, description = "http or https, no credentials; its host must resolve to public "
                + "addresses unless the server allows private ones", example = "https://example.com/hooks/pageflow")
        @NotBlank @Size(max = 2000) String url,
        @Schema(required = true, description = "job.completed, job.failed, job.cancelled, page.failed, "
                + "batch.completed, document.classified", example = "[\"job.completed\", \"job.failed\"]")
        @NotEmpty List<@NotBlank String> events,
        @Schema(required = true, minLength = Webhooks.MIN_SECRET_LENGTH, maxLength = 256, format = "password",
                description = "Shared secret that signs every delivery (HMAC-SHA256). Pageflow keeps it as given, "
                        + "since it must sign with it, and never shows it again; keep a copy")
        @NotNull @Size(min = Webhooks.MIN_SECRET_LENGTH, max = 256) String secret) {
}
