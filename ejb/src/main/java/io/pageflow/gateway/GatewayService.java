package io.pageflow.gateway;

import java.util.logging.Logger;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import io.pageflow.config.PageflowSettings;
import io.pageflow.document.SourceFile;
import io.pageflow.error.ErrorCode;
import io.pageflow.error.PipelineFailure;
import io.pageflow.job.Job;
import io.pageflow.job.JobStage;
import io.pageflow.state.JobStates;
import io.pageflow.storage.ObjectStorage;

/**
 * The conversion gateway's stage, after the export of a job that asked for it ({@code convert=gateway}): sends
 * the uploaded file and its mapping to the gateway and stores the answer, byte for byte, at
 * {@code results/{jobId}.xml} (the storage writes atomically: a reader sees the whole answer or none), then
 * completes the job with that path.
 *
 * <p>Each attempt is one delivery of the stage's message. A failure worth another try (5xx, no connection, no
 * answer in time, the circuit breaker open) within its budget is thrown again: the transaction rolls back, the
 * trail gets a {@code retry.scheduled} event with the code, and the broker redelivers with a growing delay (1 s,
 * then 2 s by default). The last failure, or any other (4xx, an answer that is not XML), fails the job with its
 * code. A file over {@code PAGEFLOW_GATEWAY_MAX_BYTES} fails with {@code TOO_LARGE} before anything is sent.
 */
@Stateless
public class GatewayService {

    private static final Logger LOG = Logger.getLogger(GatewayService.class.getName());

    @PersistenceContext(unitName = "pageflow")
    EntityManager em;

    @Inject
    JobStates jobs;

    @Inject
    GatewayClient client;

    @Inject
    ObjectStorage storage;

    @Inject
    PageflowSettings settings;

    public void convert(long jobId, int delivery) {
        Job job = jobs.processingIn(jobId, JobStage.GATEWAY).orElse(null);
        if (job == null) {
            return; // a late or duplicate message
        }
        GatewaySettings gateway = settings.gateway();
        if (!gateway.isConfigured()) {
            jobs.fail(jobId, new PipelineFailure(ErrorCode.IO_ERROR, "Job " + jobId + " asks for the conversion gateway,"
                    + " which is not configured on this node (PAGEFLOW_GATEWAY_URL)"));
            return;
        }
        SourceFile file = uploaded(job.getDocumentId());
        if (file.getSizeBytes() > gateway.maxBytes()) {
            jobs.fail(jobId, new PipelineFailure(ErrorCode.TOO_LARGE, file.getFileName() + " is " + file.getSizeBytes()
                    + " bytes; the conversion gateway takes at most " + gateway.maxBytes()
                    + " (PAGEFLOW_GATEWAY_MAX_BYTES). Nothing was sent."));
            return;
        }
        GatewayDocument document = new GatewayDocument(file.getFileName(), file.getContentType(), file.getSizeBytes(),
                () -> storage.open(file.getStorageKey()), job.getGatewayMapping());
        byte[] answer;
        try {
            answer = client.convert(gateway, document);
        } catch (RuntimeException e) {
            PipelineFailure failure = PipelineFailure.of(e);
            if (triedAgain(failure, delivery)) {
                throw e;
            }
            LOG.info(() -> "Job " + jobId + " failed at the conversion gateway after " + delivery + " attempt(s): "
                    + failure.code() + " " + failure.message());
            jobs.fail(jobId, failure);
            return;
        }
        String key = job.resultKey("gateway");
        storage.put(key, answer);
        jobs.converted(jobId, key, "gateway: " + answer.length + " bytes at " + key + " (attempt " + delivery + ")");
    }

    /**
     * Whether a failed attempt gets another: the gateway's codes as their retry budget says; an open circuit
     * breaker within the same budget (it may close before the next delivery); storage or database trouble until
     * the broker gives up, as in every stage.
     */
    static boolean triedAgain(PipelineFailure failure, int delivery) {
        if (failure.code() == ErrorCode.CIRCUIT_OPEN) {
            return ErrorCode.GW_5XX.allowsRetryAfter(delivery);
        }
        return failure.isRetryableAfter(delivery);
    }

    /** What was uploaded: one file (a job that converts with the gateway is refused with more at upload). */
    private SourceFile uploaded(long documentId) {
        return em.createQuery("select f from SourceFile f where f.documentId = :d order by f.position", SourceFile.class)
                .setParameter("d", documentId)
                .setMaxResults(1)
                .getSingleResult();
    }
}
