package io.pageflow.index;

import java.util.logging.Logger;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import io.pageflow.cluster.LeaseSettings;
import io.pageflow.cluster.NodeIdentity;
import io.pageflow.error.ErrorCode;
import io.pageflow.error.PipelineFailure;
import io.pageflow.job.Job;
import io.pageflow.job.JobService;
import io.pageflow.job.JobStage;
import io.pageflow.job.JobStatus;
import io.pageflow.job.Progress;
import io.pageflow.messaging.PipelineMessenger;

/**
 * The index stage: starts the batch job that chunks and embeds a document, and once it ends, removes
 * chunks left over from a longer earlier run and rings the export stage.
 */
@Stateless
public class IndexService {

    private static final Logger LOG = Logger.getLogger(IndexService.class.getName());

    @PersistenceContext(unitName = "pageflow")
    EntityManager em;

    @Inject
    JobService jobs;

    @Inject
    PipelineMessenger messenger;

    @Inject
    NodeIdentity node;

    @Inject
    LeaseSettings leases;

    public void start(long jobId) {
        Job job = em.find(Job.class, jobId);
        if (job == null || job.getStatus() != JobStatus.PROCESSING || job.getStage() != JobStage.INDEX
                || job.getIndexExecutionId() != null) {
            return;
        }
        long execution = BatchRuntime.getJobOperator().start(IndexJob.NAME,
                IndexJob.parameters(jobId, job.getDocumentId()));
        jobs.startIndexing(jobId, execution, node.id(), leases.leaseSeconds());
        LOG.fine(() -> "Job " + jobId + " indexing as batch execution " + execution);
    }

    public void finished(long jobId, long documentId, int chunkCount) {
        em.createNativeQuery("delete from chunk where document_id = ?1 and seq >= ?2")
                .setParameter(1, documentId)
                .setParameter(2, chunkCount)
                .executeUpdate();
        if (jobs.advance(jobId, JobStage.EXPORT, Progress.indexDone(), "index: " + chunkCount + " chunks")) {
            messenger.export(jobId);
        }
    }

    /** Expires the stage's lease at once, so that the reaper re-enqueues it on the next tick. */
    public void interrupted(long jobId) {
        em.createNativeQuery("""
                update job set index_execution_id = null, lease_expires_at = now()
                 where id = ?1 and status = 'processing' and stage = 'index'""")
                .setParameter(1, jobId)
                .executeUpdate();
    }

    public void failed(long jobId, String reason) {
        jobs.fail(jobId, new PipelineFailure(ErrorCode.INDEX_FAILED, reason));
    }
}
