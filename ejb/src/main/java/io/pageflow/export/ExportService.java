package io.pageflow.export;

import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import io.pageflow.document.Document;
import io.pageflow.document.Page;
import io.pageflow.job.Job;
import io.pageflow.job.JobStage;
import io.pageflow.job.JobStatus;
import io.pageflow.state.JobStates;
import io.pageflow.storage.ObjectStorage;
import io.pageflow.storage.StorageKeys;

/**
 * The export stage: writes {@code results/{jobId}.json} and {@code results/{jobId}.xml} (each atomically,
 * by the storage's write-then-rename) and completes the job.
 */
@Stateless
public class ExportService {

    public static final List<String> FORMATS = List.of("json", "xml");

    @PersistenceContext(unitName = "pageflow")
    EntityManager em;

    @Inject
    ObjectStorage storage;

    @Inject
    JobStates jobs;

    public void export(long jobId) {
        Job job = em.find(Job.class, jobId);
        if (job == null || job.getStatus() != JobStatus.PROCESSING || job.getStage() != JobStage.EXPORT) {
            return;
        }
        ExportContent content = read(job);
        storage.put(StorageKeys.result(jobId, "json"), JsonExport.write(content));
        storage.put(StorageKeys.result(jobId, "xml"), XmlExport.write(content));
        jobs.complete(jobId);
    }

    private ExportContent read(Job job) {
        Document document = em.find(Document.class, job.getDocumentId());
        List<ExportContent.PageEntry> pages = em.createQuery(
                "select p from Page p where p.documentId = :id order by p.pageNumber", Page.class)
                .setParameter("id", document.getId())
                .getResultStream()
                .map(p -> new ExportContent.PageEntry(p.getPageNumber(), p.getStatus().label(), p.getTextSource(),
                        p.getConfidence(), p.getErrorCode(), p.getText()))
                .toList();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "select id, seq, page_start, page_end, content from chunk where document_id = ?1 order by seq")
                .setParameter(1, document.getId())
                .getResultList();
        List<ExportContent.ChunkEntry> chunks = rows.stream()
                .map(r -> new ExportContent.ChunkEntry(((Number) r[0]).longValue(), ((Number) r[1]).intValue(),
                        ((Number) r[2]).intValue(), ((Number) r[3]).intValue(), (String) r[4]))
                .toList();
        return new ExportContent(job.getId(), document.getId(), document.getTitle(), document.getLanguage(),
                pages.size(), document.getCreatedAt(), pages, chunks);
    }
}
