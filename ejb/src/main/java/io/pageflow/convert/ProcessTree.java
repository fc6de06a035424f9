package io.pageflow.convert;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;

/**
 * Kills a process with everything it started. The descendants are taken first, while the root still holds
 * them together (a process whose parent died is handed to init and is no descendant of anyone any more), and
 * taken again until none is left, so that a child started during the kill goes too.
 */
final class ProcessTree {

    private static final Logger LOG = Logger.getLogger(ProcessTree.class.getName());
    private static final int ROUNDS = 5;

    private ProcessTree() {
    }

    /** Kills the descendants of {@code root}, then {@code root}, and waits up to {@code reap} for them to end. */
    static void kill(ProcessHandle root, Duration reap) {
        List<ProcessHandle> killed = new java.util.ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            List<ProcessHandle> descendants = root.descendants().toList();
            if (descendants.isEmpty()) {
                break;
            }
            descendants.forEach(ProcessHandle::destroyForcibly);
            killed.addAll(descendants);
        }
        root.destroyForcibly();
        killed.add(root);
        CompletableFuture<?>[] ends = killed.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(ends).get(reap.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            LOG.warning(() -> "Processes of a conversion still alive after being killed: "
                    + killed.stream().filter(ProcessHandle::isAlive).map(ProcessHandle::pid).toList());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
