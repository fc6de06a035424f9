package io.pageflow.split;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.pageflow.document.Document;
import io.pageflow.document.SourceFile;
import io.pageflow.error.PipelineFailure;
import io.pageflow.job.Job;
import io.pageflow.job.Progress;
import io.pageflow.messaging.PipelineMessenger;
import io.pageflow.logging.LogContext;
import io.pageflow.metrics.PipelineMetrics;
import io.pageflow.page.PageFiles;
import io.pageflow.page.PageService;
import io.pageflow.state.PageRead;
import io.pageflow.state.PageStates;
import io.pageflow.state.JobStates;
import io.pageflow.state.PostgresStatements;

/**
 * The split stage: one page row per page. A PDF's pages (an office document's after its conversion to one) are read
 * in one pass per slice: those with a usable text layer, and blank ones, complete right here ({@link TextLayerPass});
 * only the others are cut into single-page PDFs and get a page message. Each uploaded image is a page as it is. It
 * works in slices of {@code PAGEFLOW_SPLIT_SLICE_PAGES} pages, one message and one transaction each, so that no
 * transaction grows with the document: a slice's rows, the pages it read and its messages commit together with the
 * message for the next slice, and a duplicate slice is refused by the job's split counter. Pages start while later
 * slices are still being read.
 */
@Stateless
public class SplitService {

    private static final Logger LOG = Logger.getLogger(SplitService.class.getName());

    @PersistenceContext(unitName = "pageflow")
    EntityManager em;

    @Inject
    JobStates jobs;

    @Inject
    PostgresStatements statements;

    @Inject
    PdfSplitter pdfSplitter;

    @Inject
    PageFiles pageFiles;

    @Inject
    PageStates pageStates;

    @Inject
    PipelineMetrics metrics;

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
        PdfSplitter.Slice slice;
        try {
            slice = document.isPdf() ? splitPdf(document, files.get(0), first, job.readsImages())
                    : imageSlice(files.size(), first, slicePages);
        } catch (RuntimeException e) {
            PipelineFailure failure = PipelineFailure.of(e);
            if (failure.isRetryable()) {
                throw e;
            }
            jobs.fail(jobId, failure);
            return;
        }
        int pages = slice.pages();
        int last = slice.last();
        if (!jobs.takeSlice(jobId, first, last, pages)) {
            return; // a duplicate of a slice already cut, or the job stopped
        }
        if (document.isPdf()) {
            statements.insertPdfPages(document.getId(), first, last);
        } else {
            for (int page = first; page <= last; page++) {
                statements.insertPage(document.getId(), page, files.get(page - 1).getStorageKey());
            }
        }
        complete(jobId, document.getId(), slice.read());
        for (int page : slice.toProcess()) {
            messenger.page(jobId, page, job.getPriority());
        }
        if (last < pages) {
            messenger.split(jobId, last + 1, job.getPriority());
            return;
        }
        finish(document, jobId, pages);
    }

    /**
     * Completes the pages read with the slice, in its transaction: a slice cut again after a crash finds them
     * completed and counts none twice. While the job is splitting, no page rings classify; {@link #finish} does
     * once the last slice is in.
     */
    private void complete(long jobId, long documentId, List<PageRead> read) {
        if (read.isEmpty()) {
            return;
        }
        List<Integer> completed = pageStates.read(jobId, documentId, read);
        for (PageRead page : read) {
            if (completed.contains(page.pageNumber())) {
                metrics.pageCompleted(page.text().textSource(), null);
                LogContext.page(page.pageNumber());
                LOG.info(() -> "Job " + jobId + " page " + page.pageNumber() + " read with the split: "
                        + page.text().textSource() + " (" + page.text().reason() + ") in " + page.durationMs() + " ms");
            }
        }
        LogContext.page(0);
        if (!completed.isEmpty()) {
            jobs.pagesFinished(jobId, completed.size(), 0);
        }
    }

    /** Uploaded images are pages as they are: each goes to the page stage. */
    private static PdfSplitter.Slice imageSlice(int pages, int first, int size) {
        int last = SliceEnd.of(first, size, pages);
        List<Integer> toProcess = new ArrayList<>();
        for (int page = first; page <= last; page++) {
            toProcess.add(page);
        }
        return new PdfSplitter.Slice(pages, last, List.of(), toProcess);
    }

    /** An office document is converted first (once; later slices find the PDF stored). */
    private PdfSplitter.Slice splitPdf(Document document, SourceFile file, int first, boolean ocrImages) {
        return pdfSplitter.split(document.getId(), pageFiles.documentPdf(document, file), document.getPdfPassword(),
                first, slicePages, ocrImages);
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
