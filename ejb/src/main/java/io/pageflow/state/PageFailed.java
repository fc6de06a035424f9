package io.pageflow.state;

/**
 * Fired (a synchronous CDI event) by {@link PageStates} in the transaction that failed a page for good, like
 * {@link JobEnded} for jobs: observers' writes commit or roll back with the page's failure.
 */
public record PageFailed(long jobId, int pageNumber, String errorCode, String errorMessage) {
}
