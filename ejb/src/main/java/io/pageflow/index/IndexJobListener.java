package io.pageflow.index;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Hands the job on to the export stage when indexing succeeded, or fails it when indexing did not. */
@Named
@Dependent
public class IndexJobListener extends AbstractJobListener {

    @Inject
    JobContext jobContext;

    @Inject
    IndexService index;

    @Override
    public void afterJob() {
        long jobId = IndexJob.jobId(jobContext);
        BatchStatus status = jobContext.getBatchStatus();
        if (status == BatchStatus.STOPPING || status == BatchStatus.STOPPED) {
            // The server is shutting down: not the document's fault; the reaper hands the stage out again.
            index.interrupted(jobId);
        } else if (status == BatchStatus.FAILED || status == BatchStatus.ABANDONED) {
            index.failed(jobId, "Indexing ended " + status + " (" + jobContext.getExitStatus() + ")");
        } else {
            Object chunks = jobContext.getTransientUserData();
            index.finished(jobId, IndexJob.documentId(jobContext), chunks instanceof Integer n ? n : 0);
        }
    }
}
