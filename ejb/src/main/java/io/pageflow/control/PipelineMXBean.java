package io.pageflow.control;

/**
 * The pipeline as operators see it over JMX ({@code io.pageflow:type=Pipeline}): queue depths of this node's
 * broker, work in flight on this node, jobs by status (shared by all nodes), and the switches for maintenance.
 * Numbers the node cannot read now (a remote broker's queues, an unreachable database) are -1.
 */
public interface PipelineMXBean {

    long getSplitQueueDepth();

    long getPageQueueDepth();

    long getClassifyQueueDepth();

    long getExtractQueueDepth();

    long getIndexQueueDepth();

    long getExportQueueDepth();

    /** Messages waiting in {@code pageflow.DLQ} (its consumer takes them at once). */
    long getDeadLetterQueueDepth();

    /** Messages dead-lettered since the broker started. */
    long getDeadLetters();

    /** Pages whose work runs on this node now (their claims). */
    int getInFlightPages();

    /** Stage messages being handled on this node now. */
    int getInFlightMessages();

    long getQueuedJobs();

    long getProcessingJobs();

    long getCompletedJobs();

    long getFailedJobs();

    long getCancelledJobs();

    boolean isIntakePaused();

    /** Whether this node's consumers take messages. */
    boolean isDeliveryActive();

    /** Whether this node's consumers are stopped and nothing they took still runs. */
    boolean isDrained();

    /** {@code running}, {@code draining: …} or {@code drained}. */
    String getNodeState();

    /** Submissions to this node are answered 503 with Retry-After until {@link #resumeIntake()}. */
    void pauseIntake();

    void resumeIntake();

    /**
     * Stops this node's consumers from taking messages, waits up to 60 s for the work in flight to finish (or
     * roll back and be released), and says whether the node is drained. Call again, or read {@code Drained}, to
     * wait longer.
     */
    String drainNode();

    /** Lets this node's consumers take messages again. */
    String resumeNode();

    /** Rings the job's current stage again (every unfinished page in the page stage); duplicates are harmless. */
    String requeue(long jobId);
}
