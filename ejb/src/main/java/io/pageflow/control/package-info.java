/**
 * The operators' control surface over JMX: the MXBean {@code io.pageflow:type=Pipeline}, registered while the
 * application runs ({@link io.pageflow.control.PipelineControl}), with the pipeline's state on this node and
 * the switches for rolling upgrades: pause intake ({@link io.pageflow.control.IntakeGate}), drain the node
 * ({@link io.pageflow.control.NodeDrain}), requeue a job. Reachable remotely through the management port.
 */
package io.pageflow.control;
