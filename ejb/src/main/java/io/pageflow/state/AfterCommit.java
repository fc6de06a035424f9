package io.pageflow.state;

import java.util.concurrent.Executor;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;

/**
 * Runs a side effect once the current transaction has committed, on another thread, outside any transaction:
 * for work that must not start before the rows it reads are visible, and must not happen if they never are
 * (e.g. starting a batch job).
 */
public final class AfterCommit implements Synchronization {

    private final Executor executor;
    private final Runnable action;

    public AfterCommit(Executor executor, Runnable action) {
        this.executor = executor;
        this.action = action;
    }

    @Override
    public void beforeCompletion() {
        // nothing to add to the transaction
    }

    @Override
    public void afterCompletion(int status) {
        if (status == Status.STATUS_COMMITTED) {
            executor.execute(action);
        }
    }
}
