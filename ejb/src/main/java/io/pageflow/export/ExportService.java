package io.pageflow.export;

import java.util.List;
import java.util.Map;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import io.pageflow.document.Document;
import io.pageflow.document.Page;
import io.pageflow.job.Job;
import io.pageflow.job.JobStage;
import io.pageflow.job.JobStatus;
import io.pageflow.job.Progress;
import io.pageflow.messaging.PipelineMessenger;
import io.pageflow.state.JobStates;
import io.pageflow.understanding.ExtractionJson;
import io.pageflow.understanding.PageUnderstanding;
import io.pageflow.understanding.PageUnderstandings;
import io.pageflow.storage.ObjectStorage;

/**
 * The export stage: writes {@code results/{jobId}.json} and {@code results/{jobId}.xml} (each atomically,
 * by the storage's write-then-rename) and completes the job, or hands it to the conversion gateway's stage when
 * it asked for that (its own XML then goes beside the gateway's, see {@link Job#resultKey}).
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

    @Inject
    PageUnderstandings understandings;

    @Inject
    PipelineMessenger messenger;

    public void export(long jobId) {
        Job job = jobs.processingIn(jobId, JobStage.EXPORT).orElse(null);
        if (job == null) {
            return; // a late or duplicate message
        }
        write(job);
        if (!job.convertsWithGateway()) {
            jobs.complete(jobId);
        } else if (jobs.advance(jobId, JobStage.EXPORT, JobStage.GATEWAY, Progress.gatewayStarted(), "export")) {
            messenger.gateway(jobId);
        }
    }

    /** Writes a completed job's results again, after a person changed what they hold (a correction). */
    public void rewrite(long jobId) {
        Job job = em.find(Job.class, jobId);
        if (job != null && job.getStatus() == JobStatus.COMPLETED) {
            write(job);
        }
    }

    private void write(Job job) {
        ExportContent content = read(job);
        storage.put(job.resultKey("json"), JsonExport.write(content));
        storage.put(job.resultKey("xml"), XmlExport.write(content));
    }

    private ExportContent read(Job job) {
        Document document = em.find(Document.class, job.getDocumentId());
        Map<Integer, PageUnderstanding> understood = understandings.ofDocument(document.getId());
        List<ExportContent.PageEntry> pages = em.createQuery(
                "select p from Page p where p.documentId = :id order by p.pageNumber", Page.class)
                .setParameter("id", document.getId())
                .getResultStream()
                .map(p -> {
                    PageUnderstanding u = understood.get(p.getPageNumber());
                    JsonObject fields = u == null || u.getExtraction() == null ? null
                            : ExtractionJson.parse(u.getExtraction()).getJsonObject("fields");
                    return new ExportContent.PageEntry(p.getPageNumber(), p.getStatus().label(), p.getTextSource(),
                            p.getConfidence(), p.getErrorCode(), p.getText(), u == null ? null : u.getDocType(),
                            u == null ? null : u.getConfidence(), fields);
                })
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
                pages.size(), document.getCreatedAt(), document.getDocType(),
                document.getExtraction() == null ? null : ExtractionJson.parse(document.getExtraction()), pages, chunks);
    }
}
