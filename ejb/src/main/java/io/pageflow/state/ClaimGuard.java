package io.pageflow.state;

import java.util.concurrent.Executor;
import java.util.function.Consumer;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;

/**
 * Watches the transaction that works on a claimed page. The claim committed on its own, so a rollback of the
 * work (a lost connection, a failed send, a timeout, an {@link Error}) would otherwise leave the page
 * {@code processing}. When the transaction ends the claim leaves the in-flight registry; when it did not
 * commit, the page is given back on another thread (the transaction's own thread may be the transaction
 * manager's timeout reaper, and its resources are gone).
 */
final class ClaimGuard implements Synchronization {

    private final PageClaim claim;
    private final InFlightClaims inFlight;
    private final Executor executor;
    private final Consumer<PageClaim> release;

    ClaimGuard(PageClaim claim, InFlightClaims inFlight, Executor executor, Consumer<PageClaim> release) {
        this.claim = claim;
        this.inFlight = inFlight;
        this.executor = executor;
        this.release = release;
    }

    @Override
    public void beforeCompletion() {
        // nothing to add to the transaction
    }

    @Override
    public void afterCompletion(int status) {
        inFlight.ended(claim);
        if (status != Status.STATUS_COMMITTED) {
            try {
                executor.execute(() -> release.accept(claim));
            } catch (RuntimeException e) {
                // shutting down: no longer renewed, the lease expires and the reaper hands the page out
            }
        }
    }
}
