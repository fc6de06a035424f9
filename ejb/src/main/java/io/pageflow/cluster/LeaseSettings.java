package io.pageflow.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long a worker's claim on a page (or a job's index stage) lasts without a heartbeat, how often the
 * heartbeat renews it, how often the reaper looks for expired ones, and how many attempts a page gets.
 */
@ApplicationScoped
public class LeaseSettings {

    @Inject
    @ConfigProperty(name = "pageflow.lease.seconds", defaultValue = "60")
    int leaseSeconds;

    @Inject
    @ConfigProperty(name = "pageflow.reaper.interval-seconds", defaultValue = "10")
    int reaperIntervalSeconds;

    @Inject
    @ConfigProperty(name = "pageflow.page.max-attempts", defaultValue = "5")
    int maxAttempts;

    public int leaseSeconds() {
        return leaseSeconds;
    }

    /** A quarter of the lease: three heartbeats can be missed (a long GC pause) before a lease expires. */
    public long heartbeatMillis() {
        return Math.max(1000L, leaseSeconds * 1000L / 4);
    }

    public long reaperMillis() {
        return Math.max(1000L, reaperIntervalSeconds * 1000L);
    }

    public int maxAttempts() {
        return maxAttempts;
    }
}
