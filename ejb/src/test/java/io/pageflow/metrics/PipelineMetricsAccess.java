package io.pageflow.metrics;

import io.micrometer.core.instrument.MeterRegistry;

/** Pipeline metrics over a registry of a test's own, for tests of other packages. */
public final class PipelineMetricsAccess {

    private PipelineMetricsAccess() {
    }

    public static PipelineMetrics registeredWith(MeterRegistry registry) {
        PipelineMetrics metrics = new PipelineMetrics();
        metrics.register(registry, status -> 0, queue -> 0, () -> 0);
        return metrics;
    }
}
