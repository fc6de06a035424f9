package io.pageflow.ingest;

import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import io.pageflow.document.Document;
import io.pageflow.document.SourceFile;
import io.pageflow.job.Job;
import io.pageflow.job.JobOptions;
import io.pageflow.job.JobService;
import io.pageflow.messaging.PipelineMessenger;

/** The transactional half of an upload: rows in, split message out, together or not at all. */
@Stateless
public class IngestRecords {

    @PersistenceContext(unitName = "pageflow")
    EntityManager em;

    @Inject
    JobService jobs;

    @Inject
    PipelineMessenger messenger;

    public Document createDocument(String title, String kind, String language) {
        Document document = new Document(title, kind, language);
        em.persist(document);
        return document;
    }

    public Job createJob(long documentId, List<IngestService.StoredFile> files, JobOptions options) {
        for (IngestService.StoredFile file : files) {
            em.persist(new SourceFile(documentId, file.position(), file.fileName(), file.contentType(),
                    file.storageKey(), file.size(), file.sha256()));
        }
        Job job = jobs.create(documentId, options);
        messenger.split(job.getId(), job.getPriority());
        return job;
    }

    /** The newest job of a document with these files, if one is stored. */
    public Optional<Job> jobWithFingerprint(String fingerprint) {
        return em.createQuery("""
                select j from Job j, Document d
                 where j.documentId = d.id and d.fingerprint = :fingerprint
                 order by j.id desc""", Job.class)
                .setParameter("fingerprint", fingerprint)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    public void setFingerprint(long documentId, String fingerprint) {
        em.createNativeQuery("update document set fingerprint = ?2 where id = ?1")
                .setParameter(1, documentId)
                .setParameter(2, fingerprint)
                .executeUpdate();
    }

    public void setPdfPassword(long documentId, String password) {
        em.createNativeQuery("update document set pdf_password = ?2 where id = ?1")
                .setParameter(1, documentId)
                .setParameter(2, password)
                .executeUpdate();
    }

    public void deleteDocument(long documentId) {
        Document document = em.find(Document.class, documentId);
        if (document != null) {
            em.remove(document);
        }
    }
}
