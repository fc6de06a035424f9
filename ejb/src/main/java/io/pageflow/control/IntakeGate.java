package io.pageflow.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether this node takes submissions (uploads, batches, added and replaced pages). Paused, they are answered
 * 503 with {@code Retry-After} while everything already accepted goes on; a load balancer sends the clients to
 * another node. Per node and in memory: a restart opens the gate again.
 */
@ApplicationScoped
public class IntakeGate {

    @Inject
    @ConfigProperty(name = "pageflow.intake.retry-after-seconds", defaultValue = "60")
    int retryAfterSeconds;

    private volatile boolean paused;

    public void pause() {
        paused = true;
    }

    public void resume() {
        paused = false;
    }

    public boolean isPaused() {
        return paused;
    }

    /** What a refused submission is told to wait before it tries again. */
    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
