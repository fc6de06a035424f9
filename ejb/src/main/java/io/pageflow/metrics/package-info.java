/**
 * The pipeline's meters on the server's Micrometer registry, exposed with the server's own at the management
 * port's Prometheus endpoint ({@code /metrics}). {@link io.pageflow.metrics.PipelineMetrics} owns every meter;
 * the stages tell it what happened where the work happens. The gauges read the database ({@link
 * io.pageflow.metrics.JobCounts}) and the broker ({@link io.pageflow.metrics.QueueDepths}) when scraped.
 */
package io.pageflow.metrics;
