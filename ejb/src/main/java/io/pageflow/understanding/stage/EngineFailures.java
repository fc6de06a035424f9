package io.pageflow.understanding.stage;

import java.util.logging.Logger;

import io.pageflow.error.PipelineFailure;

/**
 * What the classify and extract stages do when an engine fails on a page: a failure worth another try (a rate
 * limit, a timeout) within its budget is thrown again, so that the slice rolls back and the broker redelivers
 * it later with a growing delay; any other, or the last try, is kept with the page for a person to look at.
 */
final class EngineFailures {

    private static final Logger LOG = Logger.getLogger(EngineFailures.class.getName());

    private EngineFailures() {
    }

    /** @return the failure to keep with the page; throws {@code e} again when the message should be retried */
    static PipelineFailure keptOrRethrown(RuntimeException e, int delivery, long jobId, int pageNumber, String what) {
        PipelineFailure failure = PipelineFailure.of(e);
        if (failure.isRetryableAfter(delivery)) {
            throw e;
        }
        LOG.info(() -> "Job " + jobId + " page " + pageNumber + " " + what + ": " + failure.code() + " " + failure.message());
        return failure;
    }
}
