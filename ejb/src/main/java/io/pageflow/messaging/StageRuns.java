package io.pageflow.messaging;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.pageflow.logging.LogContext;
import io.pageflow.metrics.PipelineMetrics;

/**
 * What surrounds every stage's handling of a message, in one place for all stages: the logging context (job,
 * page, stage, node), a start and an end line at INFO with the duration, the duration on the
 * {@code pageflow_stage_seconds} timer, and how many messages this node is handling now (for draining it, and for
 * letting reading go first: {@link #giveWayToReading}).
 */
@ApplicationScoped
public class StageRuns {

    private static final Logger LOG = Logger.getLogger(StageRuns.class.getName());
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** The stages that put text before users. */
    private static final Set<String> READING = Set.of(Queues.STAGE_SPLIT, Queues.STAGE_PAGE);
    /** The stages that can come a little later: understanding the pages (indexing waits in its batch job). */
    private static final Set<String> LATER = Set.of(Queues.STAGE_CLASSIFY, Queues.STAGE_EXTRACT);

    @Inject
    PipelineMetrics metrics;

    @Inject
    @ConfigProperty(name = "pageflow.yield-to-reading-ms", defaultValue = "3000")
    long yieldMillis;

    private final AtomicInteger active = new AtomicInteger();
    private final AtomicInteger reading = new AtomicInteger();
    private final Object readingEnded = new Object();

    /** Messages of any stage being handled on this node now. */
    public int active() {
        return active.get();
    }

    /** Whether a message of this stage waits for the node's reading first ({@link #giveWayToReading()}). */
    public boolean yieldsToReading(WorkItem item) {
        return LATER.contains(item.stage());
    }

    /** {@link #giveWayToReading(Duration)} for {@code PAGEFLOW_YIELD_TO_READING_MS}. */
    public void giveWayToReading() {
        giveWayToReading(Duration.ofMillis(yieldMillis));
    }

    /**
     * Waits while this node splits documents or reads pages, at most {@code max}. Work that can come later (the
     * classification and extraction of pages, the embeddings of the index) calls it before each step: on shared
     * cores, the text of new uploads is then ready sooner and the rest a little later. The bound keeps a steady
     * stream of uploads from stalling it.
     */
    public void giveWayToReading(Duration max) {
        long deadline = System.nanoTime() + max.toNanos();
        synchronized (readingEnded) {
            long left;
            while (reading.get() > 0 && (left = deadline - System.nanoTime()) > 0) {
                try {
                    readingEnded.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private static boolean reads(WorkItem item) {
        return READING.contains(item.stage());
    }

    /** Starts a message's handling; {@link Run#end()} it in a {@code finally}. */
    public Run begin(WorkItem item) {
        active.incrementAndGet();
        if (reads(item)) {
            reading.incrementAndGet();
        }
        LogContext.work(item.stage(), item.jobId(), item.pageNumber());
        LOG.info(() -> item + " started" + (item.delivery() > 1 ? " (delivery " + item.delivery() + ")" : ""));
        return new Run(item, System.nanoTime(), THREADS.getCurrentThreadCpuTime());
    }

    /** One message being handled. */
    public final class Run {

        private final WorkItem item;
        private final long started;
        private final long cpuStarted;
        private boolean failed;

        private Run(WorkItem item, long started, long cpuStarted) {
            this.item = item;
            this.started = started;
            this.cpuStarted = cpuStarted;
        }

        /** The stage threw: its transaction rolls back and the message comes again. */
        public void failed() {
            failed = true;
        }

        public void end() {
            long nanos = System.nanoTime() - started;
            try {
                metrics.stageTook(item.stage(), nanos);
                long millis = nanos / 1_000_000;
                LogContext.duration(millis);
                // the thread's CPU time tells working from waiting (for the database, the storage, a free core)
                long cpuMillis = (THREADS.getCurrentThreadCpuTime() - cpuStarted) / 1_000_000;
                LOG.info(() -> item + (failed ? " failed after " : " ended in ") + millis + " ms (" + cpuMillis
                        + " ms CPU)");
            } finally {
                LogContext.clear();
                active.decrementAndGet();
                if (reads(item) && reading.decrementAndGet() == 0) {
                    synchronized (readingEnded) {
                        readingEnded.notifyAll();
                    }
                }
            }
        }
    }
}
