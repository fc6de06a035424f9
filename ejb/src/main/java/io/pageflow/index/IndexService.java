package io.pageflow.index;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

import io.pageflow.error.ErrorCode;
import io.pageflow.error.PipelineFailure;
import io.pageflow.job.Job;
import io.pageflow.job.JobStage;
import io.pageflow.job.JobStatus;
import io.pageflow.job.Progress;
import io.pageflow.messaging.PipelineMessenger;
import io.pageflow.state.AfterCommit;
import io.pageflow.state.InFlightClaims;
import io.pageflow.state.JobStates;

/**
 * The index stage: leases the stage to this node, starts the batch job that chunks and embeds the document
 * once that lease has committed (a batch job does not roll back with a transaction, and must not read rows
 * before they are visible), and once it ends removes chunks left over from a longer earlier run and rings
 * the export stage.
 */
@Stateless
public class IndexService {

    private static final Logger LOG = Logger.getLogger(IndexService.class.getName());

    @PersistenceContext(unitName = "pageflow")
    EntityManager em;

    @Inject
    JobStates jobs;

    @Inject
    InFlightClaims inFlight;

    @Inject
    PipelineMessenger messenger;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Resource
    ManagedExecutorService executor;

    @Resource
    SessionContext context;

    public void start(long jobId) {
        Job job = em.find(Job.class, jobId);
        if (job == null || job.getStatus() != JobStatus.PROCESSING || job.getStage() != JobStage.INDEX
                || job.getIndexExecutionId() != null || !jobs.leaseIndex(jobId)) {
            return;
        }
        IndexService self = context.getBusinessObject(IndexService.class);
        long documentId = job.getDocumentId();
        transactions.registerInterposedSynchronization(new AfterCommit(executor, () -> self.launch(jobId, documentId)));
    }

    /**
     * Starts the batch job outside any transaction and checks that it started; if it did not, the stage's
     * lease runs out at once and the reaper hands the stage out again.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void launch(long jobId, long documentId) {
        inFlight.indexingStarted(jobId);
        long execution;
        try {
            execution = BatchRuntime.getJobOperator().start(IndexJob.NAME, IndexJob.parameters(jobId, documentId));
        } catch (RuntimeException e) {
            inFlight.indexingEnded(jobId);
            LOG.log(Level.WARNING, "Job " + jobId + ": the index batch job did not start; it will be retried", e);
            jobs.indexInterrupted(jobId);
            return;
        }
        if (!jobs.indexStarted(jobId, execution)) {
            // The job moved on meanwhile (cancelled, or this execution already finished): nothing to record.
            LOG.fine(() -> "Job " + jobId + " left the index stage before execution " + execution + " was recorded");
        }
        LOG.fine(() -> "Job " + jobId + " indexing as batch execution " + execution);
    }

    public void finished(long jobId, long documentId, int chunkCount) {
        inFlight.indexingEnded(jobId);
        em.createNativeQuery("delete from chunk where document_id = ?1 and seq >= ?2")
                .setParameter(1, documentId)
                .setParameter(2, chunkCount)
                .executeUpdate();
        if (jobs.advance(jobId, JobStage.INDEX, JobStage.EXPORT, Progress.indexDone(), "index: " + chunkCount + " chunks")) {
            messenger.export(jobId);
        }
    }

    /** The batch job stopped without finishing (shutdown): the reaper hands the stage out on its next tick. */
    public void interrupted(long jobId) {
        inFlight.indexingEnded(jobId);
        jobs.indexInterrupted(jobId);
    }

    public void failed(long jobId, String reason) {
        inFlight.indexingEnded(jobId);
        jobs.fail(jobId, new PipelineFailure(ErrorCode.INDEX_FAILED, reason));
    }
}
