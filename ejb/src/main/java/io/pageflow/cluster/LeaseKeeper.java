package io.pageflow.cluster;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import io.pageflow.state.ShutdownRelease;

/**
 * This node's two clocks: the heartbeat that renews the leases it holds, and the reaper that re-enqueues
 * work whose lease expired anywhere. Timers are not persistent: each node runs its own, and the reaper is
 * safe to run on all of them at once. On shutdown the node gives its leases back.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LeaseKeeper {

    private static final Logger LOG = Logger.getLogger(LeaseKeeper.class.getName());
    private static final String HEARTBEAT = "heartbeat";
    private static final String REAPER = "reaper";

    @Resource
    TimerService timers;

    @Inject
    LeaseSettings settings;

    @Inject
    LeaseReaper reaper;

    @Inject
    NodeIdentity node;

    /** At shutdown the server refuses calls to the application's other beans: this bean's own one is used. */
    @PersistenceContext(unitName = "pageflow")
    EntityManager em;

    /** Kept from start-up: at shutdown, CDI beans may already be gone. */
    private String nodeId;
    private int leaseSeconds;

    @PostConstruct
    void start() {
        nodeId = node.id();
        leaseSeconds = settings.leaseSeconds();
        timers.createIntervalTimer(settings.heartbeatMillis(), settings.heartbeatMillis(), new TimerConfig(HEARTBEAT, false));
        timers.createIntervalTimer(settings.reaperMillis(), settings.reaperMillis(), new TimerConfig(REAPER, false));
        LOG.info(() -> "Node " + nodeId + ": leases of " + settings.leaseSeconds() + " s, heartbeat every "
                + settings.heartbeatMillis() + " ms, reaper every " + settings.reaperMillis() + " ms");
    }

    @Timeout
    void tick(Timer timer) {
        try {
            if (HEARTBEAT.equals(timer.getInfo())) {
                reaper.heartbeat();
            } else {
                int pages = reaper.reapPages();
                int jobs = reaper.reapIndexing();
                if (pages + jobs > 0) {
                    LOG.info(() -> "Reaper re-enqueued " + pages + " page(s) and " + jobs + " index stage(s)");
                }
            }
        } catch (RuntimeException e) {
            // The database may be away; the next tick tries again.
            LOG.log(Level.WARNING, "Lease " + timer.getInfo() + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * On a graceful shutdown, gives back the pages and index stages this node holds (their messages return to
     * the queue unacknowledged), so that the next node or start takes them at once instead of after the lease.
     */
    @PreDestroy
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    void stop() {
        try {
            int released = ShutdownRelease.releaseAllHeldBy(em, nodeId, leaseSeconds);
            if (released > 0) {
                LOG.info(() -> "Released " + released + " page lease(s) on shutdown");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not release leases on shutdown; they will expire", e);
        }
    }
}
