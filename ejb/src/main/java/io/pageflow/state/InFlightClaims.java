package io.pageflow.state;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The claims whose work is really running in this JVM. The heartbeat renews only these leases: a claim whose
 * thread is gone, or whose transaction ended without giving it back, is no longer here, so its lease expires
 * and the reaper hands the work out again.
 */
@ApplicationScoped
public class InFlightClaims {

    /** page id → attempt of the claim running here. */
    private final Map<Long, Integer> pages = new ConcurrentHashMap<>();
    /** jobs whose index stage runs here. */
    private final Set<Long> indexing = ConcurrentHashMap.newKeySet();

    public void started(PageClaim claim) {
        pages.put(claim.pageId(), claim.attempt());
    }

    public void ended(PageClaim claim) {
        pages.remove(claim.pageId(), claim.attempt());
    }

    public void indexingStarted(long jobId) {
        indexing.add(jobId);
    }

    public void indexingEnded(long jobId) {
        indexing.remove(jobId);
    }

    public Set<Long> pageIds() {
        return Set.copyOf(pages.keySet());
    }

    public Set<Long> indexingJobIds() {
        return Set.copyOf(indexing);
    }
}
