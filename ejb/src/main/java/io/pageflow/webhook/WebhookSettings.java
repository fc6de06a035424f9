package io.pageflow.webhook;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The webhook tunables (docs/configuration.md, section Webhooks). */
@ApplicationScoped
public class WebhookSettings {

    @Inject
    @ConfigProperty(name = "pageflow.webhook.timeout-seconds", defaultValue = "10")
    int timeoutSeconds;

    @Inject
    @ConfigProperty(name = "pageflow.webhook.max-attempts", defaultValue = "6")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "pageflow.webhook.retry-delay-ms", defaultValue = "30000")
    long retryDelayMillis;

    @Inject
    @ConfigProperty(name = "pageflow.webhook.allow-private", defaultValue = "false")
    boolean allowPrivate;

    @Inject
    @ConfigProperty(name = "pageflow.webhook.callback-secret")
    Optional<String> callbackSecret;

    public int timeoutSeconds() {
        return Math.max(1, timeoutSeconds);
    }

    public int maxAttempts() {
        return Math.max(1, maxAttempts);
    }

    /**
     * The wait before attempt {@code next} (2, 3, …): the first delay, doubled after every attempt, at most an
     * hour. With the defaults (30 s, 6 attempts) a receiver is given about 15 minutes to come back.
     */
    public long retryDelayMillis(int next) {
        long delay = Math.max(100, retryDelayMillis) << Math.min(20, Math.max(0, next - 2));
        return Math.min(delay, 3_600_000L);
    }

    /** How long a delivery attempt holds its delivery: the call's deadline and a margin. */
    public int leaseSeconds() {
        return timeoutSeconds() + 30;
    }

    public TargetGuard guard() {
        return new TargetGuard(allowPrivate);
    }

    /** The secret that signs deliveries to a job's {@code callbackUrl}; without one, callbacks are refused. */
    public Optional<String> callbackSecret() {
        return callbackSecret.filter(s -> !s.isBlank());
    }
}
