package io.pageflow.webhook;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.pageflow.config.PageflowSettings;

/** The webhook tunables (docs/configuration.md, section Webhooks), from the settings checked at boot. */
@ApplicationScoped
public class WebhookSettings {

    @Inject
    PageflowSettings settings;

    public int timeoutSeconds() {
        return settings.webhooks().timeoutSeconds();
    }

    public int maxAttempts() {
        return settings.webhooks().maxAttempts();
    }

    /**
     * The wait before attempt {@code next} (2, 3, …): the first delay, doubled after every attempt, at most an
     * hour. With the defaults (30 s, 6 attempts) a receiver is given about 15 minutes to come back.
     */
    public long retryDelayMillis(int next) {
        long delay = settings.webhooks().retryDelayMillis() << Math.min(20, Math.max(0, next - 2));
        return Math.min(delay, 3_600_000L);
    }

    /** How long a delivery attempt holds its delivery: the call's deadline and a margin. */
    public int leaseSeconds() {
        return timeoutSeconds() + 30;
    }

    public TargetGuard guard() {
        return new TargetGuard(settings.webhooks().allowPrivate());
    }

    /** The secret that signs deliveries to a job's {@code callbackUrl}; without one, callbacks are refused. */
    public Optional<String> callbackSecret() {
        return settings.webhooks().callbackSecret().filter(s -> !s.isBlank());
    }
}
