package io.pageflow.job;

import java.util.List;
import java.util.Locale;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import io.pageflow.document.PageStatus;
import io.pageflow.error.InvalidRequestException;
import io.pageflow.error.NotFoundException;
import io.pageflow.messaging.PipelineMessenger;

/**
 * Rings a job's stage again, for work an operator believes stuck (the API's {@code /admin/requeue}, the JMX
 * {@code requeue}). Always safe: a stage acts only on work in the state it expects, so a message for finished
 * or running work is acknowledged and ignored.
 */
@Stateless
public class StageRequeue {

    @PersistenceContext(unitName = "pageflow")
    EntityManager em;

    @Inject
    PipelineMessenger messenger;

    /** One stage's message for the job ({@code page} needs the page's number). */
    public void send(Job job, String stage, int page) {
        long jobId = job.getId();
        switch (stage.toLowerCase(Locale.ROOT)) {
            case "split" -> messenger.split(jobId, job.getPriority());
            case "page" -> {
                if (page < 1) {
                    throw new InvalidRequestException("MISSING_PAGE", "stage=page needs page=N");
                }
                messenger.page(jobId, page, job.getPriority());
            }
            case "classify" -> messenger.classify(jobId);
            case "extract" -> messenger.extract(jobId);
            case "index" -> messenger.index(jobId);
            case "gateway" -> messenger.gateway(jobId);
            case "analyze" -> messenger.analyze(jobId);
            case "consolidate" -> messenger.consolidate(jobId);
            default -> messenger.export(jobId);
        }
    }

    /**
     * The message of the stage the job is in: its next split slice, every unfinished page, or the classify,
     * extract, index or export message. A job that has ended gets nothing (resume or restart it instead).
     *
     * @return what was sent, in words
     */
    public String current(long jobId) {
        Job job = em.find(Job.class, jobId);
        if (job == null) {
            throw new NotFoundException("Job " + jobId + " does not exist");
        }
        if (job.getStatus() == JobStatus.QUEUED && job.getKind() != JobKind.INGEST) {
            send(job, job.getKind().firstStage().label(), 0); // an analysis or consolidation begins in its stage
            return "job " + jobId + " is queued: " + job.getKind().firstStage().label() + " message sent";
        }
        if (job.getStatus() == JobStatus.QUEUED) {
            messenger.split(jobId, job.getPriority());
            return "job " + jobId + " is queued: split message sent";
        }
        if (job.getStatus() != JobStatus.PROCESSING) {
            return "job " + jobId + " is " + job.getStatus().label() + ": nothing sent (resume or restart it instead)";
        }
        return switch (job.getStage()) {
            case SPLIT -> {
                int next = em.createQuery("select j.pagesSplit from Job j where j.id = :id", Integer.class)
                        .setParameter("id", jobId).getSingleResult() + 1;
                messenger.split(jobId, next, job.getPriority());
                yield "job " + jobId + ": split message sent from page " + next;
            }
            case PAGES -> {
                List<Integer> unfinished = unfinishedPages(job.getDocumentId());
                unfinished.forEach(page -> messenger.page(jobId, page, job.getPriority()));
                yield "job " + jobId + ": page messages sent for " + unfinished.size() + " unfinished page(s)";
            }
            case DONE -> "job " + jobId + " is done: nothing sent";
            default -> {
                send(job, job.getStage().label(), 0);
                yield "job " + jobId + ": " + job.getStage().label() + " message sent";
            }
        };
    }

    private List<Integer> unfinishedPages(long documentId) {
        return em.createQuery("""
                select p.pageNumber from Page p where p.documentId = :id and p.status in :unfinished order by p.pageNumber""",
                Integer.class)
                .setParameter("id", documentId)
                .setParameter("unfinished", List.of(PageStatus.PENDING, PageStatus.PROCESSING))
                .getResultList();
    }
}
