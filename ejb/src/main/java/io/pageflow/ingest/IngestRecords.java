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
import io.pageflow.messaging.PipelineMessenger;
import io.pageflow.state.JobStates;
import io.pageflow.state.PostgresStatements;
import io.pageflow.webhook.JobCallbacks;

/**
 * The transactional half of an upload. Its objects are stored first under a reserved document id; then the
 * document, its fingerprint, its files, the job and the split message commit together or not at all.
 */
@Stateless
public class IngestRecords {

    @PersistenceContext(unitName = "pageflow")
    EntityManager em;

    @Inject
    JobStates jobs;

    @Inject
    PostgresStatements statements;

    @Inject
    PipelineMessenger messenger;

    @Inject
    JobCallbacks callbacks;

    public long reserveDocumentId() {
        return statements.reserveDocumentId();
    }

    /**
     * Creates every row of an upload whose objects are stored, and rings the split stage.
     *
     * @param callbackUrl where the job's end is posted, or null
     */
    public Job commit(NewDocument document, List<IngestService.StoredFile> files, JobOptions options, String callbackUrl) {
        em.persist(new Document(document.id(), document.title(), document.kind(), document.language(),
                document.fingerprint(), document.pdfPassword()));
        for (IngestService.StoredFile file : files) {
            em.persist(new SourceFile(document.id(), file.position(), file.fileName(), file.contentType(),
                    file.storageKey(), file.size(), file.sha256()));
        }
        em.flush();
        Job job = jobs.create(document.id(), options);
        if (callbackUrl != null) {
            callbacks.subscribe(job.getId(), callbackUrl);
        }
        messenger.split(job.getId(), job.getPriority());
        return job;
    }

    /** The newest job of a document with these files, if one is stored. */
    public Optional<Job> jobWithFingerprint(String fingerprint) {
        return em.createQuery("""
                select j from Job j, Document d
                 where j.documentId = d.id and d.fingerprint = :fingerprint and j.kind = :ingest
                 order by j.id desc""", Job.class)
                .setParameter("fingerprint", fingerprint)
                .setParameter("ingest", io.pageflow.job.JobKind.INGEST)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /**
     * A document about to be created.
     *
     * @param kind        {@code pdf} or {@code images}
     * @param fingerprint see {@link FileIntake#fingerprint}
     * @param pdfPassword the password that opens the PDF, or null
     */
    public record NewDocument(long id, String title, String kind, String language, String fingerprint,
            String pdfPassword) {
    }
}
