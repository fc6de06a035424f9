package io.pageflow.split;

import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import io.pageflow.document.Document;
import io.pageflow.document.SourceFile;
import io.pageflow.error.PipelineFailure;
import io.pageflow.job.Job;
import io.pageflow.job.JobService;
import io.pageflow.messaging.PipelineMessenger;
import io.pageflow.storage.StorageKeys;

/**
 * The split stage: one page row and one page message per page. A PDF is cut into single-page PDFs; each
 * uploaded image is a page as it is. Rows and messages commit together, and a re-run inserts nothing twice.
 */
@Stateless
public class SplitService {

    @PersistenceContext(unitName = "pageflow")
    EntityManager em;

    @Inject
    JobService jobs;

    @Inject
    PdfSplitter pdfSplitter;

    @Inject
    PipelineMessenger messenger;

    public void split(long jobId) {
        if (!jobs.beginSplit(jobId)) {
            return;
        }
        Job job = em.find(Job.class, jobId);
        Document document = em.find(Document.class, job.getDocumentId());
        List<SourceFile> files = em.createQuery(
                "select f from SourceFile f where f.documentId = :id order by f.position", SourceFile.class)
                .setParameter("id", document.getId())
                .getResultList();
        int pages;
        try {
            pages = document.isPdf() ? splitPdf(document, files.get(0)) : addImagePages(document, files);
        } catch (RuntimeException e) {
            PipelineFailure failure = PipelineFailure.of(e);
            if (failure.isRetryable()) {
                throw e;
            }
            jobs.fail(jobId, failure);
            return;
        }
        em.createNativeQuery("update document set page_count = ?2 where id = ?1")
                .setParameter(1, document.getId()).setParameter(2, pages).executeUpdate();
        jobs.splitDone(jobId, pages);
        for (int page = 1; page <= pages; page++) {
            messenger.page(jobId, page, job.getPriority());
        }
    }

    private int splitPdf(Document document, SourceFile pdf) {
        String password = (String) em.createNativeQuery("select pdf_password from document where id = ?1")
                .setParameter(1, document.getId()).getSingleResult();
        int pages = pdfSplitter.split(document.getId(), pdf.getStorageKey(), password);
        em.createNativeQuery("update document set pdf_password = null where id = ?1")
                .setParameter(1, document.getId()).executeUpdate();
        for (int page = 1; page <= pages; page++) {
            insertPage(document.getId(), page, StorageKeys.pageSource(document.getId(), page));
        }
        return pages;
    }

    private int addImagePages(Document document, List<SourceFile> images) {
        for (SourceFile image : images) {
            insertPage(document.getId(), image.getPosition(), image.getStorageKey());
        }
        return images.size();
    }

    private void insertPage(long documentId, int pageNumber, String sourceKey) {
        em.createNativeQuery("""
                insert into page (document_id, page_number, status, source_key) values (?1, ?2, 'pending', ?3)
                on conflict (document_id, page_number) do nothing""")
                .setParameter(1, documentId)
                .setParameter(2, pageNumber)
                .setParameter(3, sourceKey)
                .executeUpdate();
    }
}
