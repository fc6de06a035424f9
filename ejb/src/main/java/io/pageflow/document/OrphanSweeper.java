package io.pageflow.document;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.pageflow.storage.ObjectStorage;
import io.pageflow.storage.StoredObject;

/**
 * Removes objects that belong to no document or job (an upload that failed half-way, a deletion whose objects
 * could not all be removed), once they are older than a grace period, so that work in flight is never touched.
 * Safe on several nodes at once: deleting a deleted object is a no-op.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OrphanSweeper {

    private static final Logger LOG = Logger.getLogger(OrphanSweeper.class.getName());

    @Resource
    TimerService timers;

    @Inject
    ObjectStorage storage;

    @Inject
    DocumentQueries queries;

    @Inject
    @ConfigProperty(name = "pageflow.sweeper.interval-minutes", defaultValue = "60")
    long intervalMinutes;

    @Inject
    @ConfigProperty(name = "pageflow.sweeper.grace-hours", defaultValue = "24")
    long graceHours;

    @PostConstruct
    void schedule() {
        long interval = Duration.ofMinutes(intervalMinutes).toMillis();
        timers.createIntervalTimer(interval, interval, new TimerConfig("orphan-sweeper", false));
    }

    @Timeout
    void tick() {
        try {
            int deleted = sweep();
            if (deleted > 0) {
                LOG.info(() -> "Orphan sweeper removed " + deleted + " object(s)");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Orphan sweep failed; the next one tries again", e);
        }
    }

    /** Returns how many objects were removed. */
    public int sweep() {
        return sweep(Duration.ofHours(graceHours));
    }

    /** Removes orphaned objects older than {@code grace}; returns how many. */
    public int sweep(Duration grace) {
        Instant cutoff = Instant.now().minus(grace);
        List<StoredObject> documents = old(storage.list("documents/"), cutoff);
        List<StoredObject> results = old(storage.list("results/"), cutoff);
        Set<Long> liveDocuments = queries.existingDocuments(ids(documents, 1));
        Set<Long> liveJobs = queries.existingJobs(ids(results, 1));
        int deleted = 0;
        for (StoredObject object : documents) {
            if (!liveDocuments.contains(id(object, 1))) {
                storage.delete(object.key());
                deleted++;
            }
        }
        for (StoredObject object : results) {
            if (!liveJobs.contains(id(object, 1))) {
                storage.delete(object.key());
                deleted++;
            }
        }
        return deleted;
    }

    private static List<StoredObject> old(List<StoredObject> objects, Instant cutoff) {
        return objects.stream().filter(o -> o.lastModified().isBefore(cutoff)).filter(o -> id(o, 1) != null).toList();
    }

    private static Set<Long> ids(List<StoredObject> objects, int segment) {
        Set<Long> ids = new HashSet<>();
        objects.forEach(o -> ids.add(id(o, segment)));
        return ids;
    }

    /** The number in the key's segment: {@code documents/42/…} → 42, {@code results/7.json} → 7. */
    static Long id(StoredObject object, int segment) {
        String[] parts = object.key().split("/");
        if (parts.length <= segment) {
            return null;
        }
        String part = parts[segment];
        int dot = part.indexOf('.');
        try {
            return Long.valueOf(dot < 0 ? part : part.substring(0, dot));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
