package io.pageflow.split;

import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.pageflow.convert.OfficeConverter;
import io.pageflow.document.Document;
import io.pageflow.document.SourceFile;
import io.pageflow.error.PipelineFailure;
import io.pageflow.job.Job;
import io.pageflow.job.Progress;
import io.pageflow.messaging.PipelineMessenger;
import io.pageflow.page.PageService;
import io.pageflow.state.JobStates;
import io.pageflow.state.PostgresStatements;
import io.pageflow.storage.StorageKeys;

/**
 * The split stage: one page row and one page message per page. A PDF is cut into single-page PDFs (an office
 * document after its conversion to one); each uploaded image is a page as it is. It works in slices of {@code PAGEFLOW_SPLIT_SLICE_PAGES} pages, one
 * message and one transaction each, so that no transaction grows with the document: a slice's rows and
 * messages commit together with the message for the next slice, and a duplicate slice is refused by the
 * job's split counter. Pages start while later slices are still being cut.
 */
@Stateless
public class SplitService {

    @PersistenceContext(unitName = "pageflow")
    EntityManager em;

    @Inject
    JobStates jobs;

    @Inject
    PostgresStatements statements;

    @Inject
    PdfSplitter pdfSplitter;

    @Inject
    OfficeConverter officeConverter;

    @Inject
    PageService pageStage;

    @Inject
    PipelineMessenger messenger;

    @Inject
    @ConfigProperty(name = "pageflow.split.slice-pages", defaultValue = "100")
    int slicePages;

    /** @param firstPage the first page of the slice to cut; 0 or 1 for a job's first split message */
    public void split(long jobId, int firstPage) {
        int first = Math.max(1, firstPage);
        if (first == 1 && !jobs.begin(jobId)) {
            return;
        }
        Job job = em.find(Job.class, jobId);
        Document document = em.find(Document.class, job.getDocumentId());
        List<SourceFile> files = em.createQuery(
                "select f from SourceFile f where f.documentId = :id order by f.position", SourceFile.class)
                .setParameter("id", document.getId())
                .getResultList();
        int last = first + slicePages - 1;
        int pages;
        try {
            pages = document.isPdf() ? splitPdf(document, files.get(0), first, last) : files.size();
        } catch (RuntimeException e) {
            PipelineFailure failure = PipelineFailure.of(e);
            if (failure.isRetryable()) {
                throw e;
            }
            jobs.fail(jobId, failure);
            return;
        }
        last = Math.min(last, pages);
        if (!jobs.takeSlice(jobId, first, last, pages)) {
            return; // a duplicate of a slice already cut, or the job stopped
        }
        for (int page = first; page <= last; page++) {
            String source = document.isPdf() ? StorageKeys.pageSource(document.getId(), page)
                    : files.get(page - 1).getStorageKey();
            statements.insertPage(document.getId(), page, source);
            messenger.page(jobId, page, job.getPriority());
        }
        if (last < pages) {
            messenger.split(jobId, last + 1, job.getPriority());
            return;
        }
        finish(document, jobId, pages);
    }

    /** An office document is converted first (once; later slices find the PDF stored). */
    private int splitPdf(Document document, SourceFile file, int first, int last) {
        String pdf = document.isOffice() ? officeConverter.pdfOf(document.getId(), file) : file.getStorageKey();
        return pdfSplitter.split(document.getId(), pdf, document.getPdfPassword(), first, last);
    }

    private void finish(Document document, long jobId, int pages) {
        em.createQuery("update Document d set d.pdfPassword = null, d.pageCount = :pages where d.id = :id")
                .setParameter("id", document.getId())
                .setParameter("pages", pages)
                .executeUpdate();
        jobs.split(jobId, pages, Progress.splitDone());
        pageStage.pagesMayBeFinished(jobId);
    }
}
