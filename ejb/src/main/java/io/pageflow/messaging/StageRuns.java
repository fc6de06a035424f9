package io.pageflow.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.pageflow.metrics.PipelineMetrics;

/**
 * What surrounds every stage's handling of a message, in one place for all stages: its duration on the
 * {@code pageflow_stage_seconds} timer.
 */
@ApplicationScoped
public class StageRuns {

    @Inject
    PipelineMetrics metrics;

    /** Starts timing a message's handling; {@link Run#end()} it in a {@code finally}. */
    public Run begin(WorkItem item) {
        return new Run(item, System.nanoTime());
    }

    /** One message being handled. */
    public final class Run {

        private final WorkItem item;
        private final long started;

        private Run(WorkItem item, long started) {
            this.item = item;
            this.started = started;
        }

        public void end() {
            metrics.stageTook(item.stage(), System.nanoTime() - started);
        }
    }
}
