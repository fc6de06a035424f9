package io.pageflow.analysis;

import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import io.pageflow.analysis.profile.AnalysisProfile;
import io.pageflow.analysis.profile.AnalysisProfiles;
import io.pageflow.error.ConflictException;
import io.pageflow.error.NotFoundException;
import io.pageflow.event.EventLog;
import io.pageflow.event.EventType;
import io.pageflow.job.Job;
import io.pageflow.job.JobKind;
import io.pageflow.job.JobStatus;
import io.pageflow.messaging.PipelineMessenger;
import io.pageflow.state.AnalysisPageStates;

/**
 * Starts analyses and consolidations: the job row (queued), a pending row per page, and the first message, in
 * one transaction. A document can be analysed once its ingestion completed; an analysis can be consolidated once
 * it completed.
 */
@Stateless
public class AnalysisJobs {

    @PersistenceContext(unitName = "pageflow")
    EntityManager em;

    @Inject
    AnalysisProfiles profiles;

    @Inject
    AnalysisPageStates pages;

    @Inject
    EventLog events;

    @Inject
    PipelineMessenger messenger;

    /** An analysis of the document's pages with the current version of {@code profileName}. */
    public Job analyse(long documentId, String profileName) {
        Job ingestion = latestIngestion(documentId);
        if (ingestion.getStatus() != JobStatus.COMPLETED) {
            throw new ConflictException("DOCUMENT_NOT_INGESTED", "Document " + documentId + " is not ingested yet: job "
                    + ingestion.getId() + " is " + ingestion.getStatus().label() + "; analyse it once it completed");
        }
        AnalysisProfile profile = profiles.row(profileName);
        int pageCount = em.createQuery("select count(p) from Page p where p.documentId = :d", Long.class)
                .setParameter("d", documentId).getSingleResult().intValue();
        Job job = new Job(documentId, JobKind.ANALYSIS, profile.getName(), profile.getVersion(), null, pageCount);
        return started(job, "analysis of " + pageCount + " page(s) with profile " + profile.getName() + "@"
                + profile.getVersion());
    }

    /** A consolidation of a completed analysis's items. */
    public Job consolidate(long analysisJobId) {
        Job analysis = em.find(Job.class, analysisJobId);
        if (analysis == null) {
            throw new NotFoundException("Job " + analysisJobId + " does not exist");
        }
        if (analysis.getKind() != JobKind.ANALYSIS) {
            throw new ConflictException("NOT_AN_ANALYSIS", "Job " + analysisJobId + " is an " + analysis.getKind().label()
                    + " job; only an analysis can be consolidated");
        }
        if (analysis.getStatus() != JobStatus.COMPLETED) {
            throw new ConflictException("JOB_NOT_COMPLETED", "Analysis " + analysisJobId + " is "
                    + analysis.getStatus().label() + "; consolidate it once it completed");
        }
        Job job = new Job(analysis.getDocumentId(), JobKind.CONSOLIDATION, analysis.getProfileName(),
                analysis.getProfileVersion(), analysisJobId, analysis.getPagesTotal());
        return started(job, "consolidation of analysis " + analysisJobId);
    }

    /** A page of the document's analyses and consolidations, newest first. */
    public List<Job> ofDocument(long documentId, int offset, int limit) {
        return em.createQuery("select j from Job j where j.documentId = :d and j.kind <> :ingest order by j.id desc",
                        Job.class)
                .setParameter("d", documentId).setParameter("ingest", JobKind.INGEST)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long countOfDocument(long documentId) {
        return em.createQuery("select count(j) from Job j where j.documentId = :d and j.kind <> :ingest", Long.class)
                .setParameter("d", documentId).setParameter("ingest", JobKind.INGEST).getSingleResult();
    }

    private Job started(Job job, String note) {
        em.persist(job);
        em.flush();
        em.refresh(job);
        pages.create(job.getId(), job.getPagesTotal());
        events.record(job.getId(), null, EventType.JOB_QUEUED, note);
        if (job.getKind() == JobKind.ANALYSIS) {
            messenger.analyze(job.getId());
        } else {
            messenger.consolidate(job.getId());
        }
        return job;
    }

    private Job latestIngestion(long documentId) {
        return em.createQuery("select j from Job j where j.documentId = :d and j.kind = :ingest order by j.id desc",
                        Job.class)
                .setParameter("d", documentId).setParameter("ingest", JobKind.INGEST).setMaxResults(1)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Document " + documentId + " does not exist"));
    }
}
