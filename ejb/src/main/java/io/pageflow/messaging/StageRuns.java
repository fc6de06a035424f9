package io.pageflow.messaging;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.pageflow.logging.LogContext;
import io.pageflow.metrics.PipelineMetrics;

/**
 * What surrounds every stage's handling of a message, in one place for all stages: the logging context (job,
 * page, stage, node), a start and an end line at INFO with the duration, the duration on the
 * {@code pageflow_stage_seconds} timer, and how many messages this node is handling now (for draining it).
 */
@ApplicationScoped
public class StageRuns {

    private static final Logger LOG = Logger.getLogger(StageRuns.class.getName());

    @Inject
    PipelineMetrics metrics;

    private final AtomicInteger active = new AtomicInteger();

    /** Messages of any stage being handled on this node now. */
    public int active() {
        return active.get();
    }

    /** Starts a message's handling; {@link Run#end()} it in a {@code finally}. */
    public Run begin(WorkItem item) {
        active.incrementAndGet();
        LogContext.work(item.stage(), item.jobId(), item.pageNumber());
        LOG.info(() -> item + " started" + (item.delivery() > 1 ? " (delivery " + item.delivery() + ")" : ""));
        return new Run(item, System.nanoTime());
    }

    /** One message being handled. */
    public final class Run {

        private final WorkItem item;
        private final long started;
        private boolean failed;

        private Run(WorkItem item, long started) {
            this.item = item;
            this.started = started;
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
                LOG.info(() -> item + (failed ? " failed after " : " ended in ") + millis + " ms");
            } finally {
                LogContext.clear();
                active.decrementAndGet();
            }
        }
    }
}
