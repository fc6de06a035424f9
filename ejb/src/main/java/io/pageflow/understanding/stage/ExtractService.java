package io.pageflow.understanding.stage;

import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import io.pageflow.error.PipelineFailure;
import io.pageflow.job.Job;
import io.pageflow.job.JobStage;
import io.pageflow.job.JobStatus;
import io.pageflow.job.Progress;
import io.pageflow.messaging.PipelineMessenger;
import io.pageflow.state.JobStates;
import io.pageflow.understanding.DocumentFields;
import io.pageflow.understanding.Extractions;
import io.pageflow.understanding.FieldValue;
import io.pageflow.understanding.PageUnderstanding;
import io.pageflow.understanding.PageUnderstandings;
import io.pageflow.understanding.PageUnderstandings.PageToRead;
import io.pageflow.understanding.TokenUsage;
import io.pageflow.understanding.TypeDefinition;
import io.pageflow.understanding.UnderstandingSettings;
import io.pageflow.understanding.type.DocumentTypes;

/**
 * The extract stage: reads the fields of every page of a known type with the type's engine, lays people's
 * corrections over them, validates, and once no page is left merges the document's fields and rings the
 * index stage. Engine failures are handled as in {@link ClassifyService}: the page keeps the error's code and
 * goes to review.
 */
@Stateless
public class ExtractService {

    private static final Logger LOG = Logger.getLogger(ExtractService.class.getName());

    @PersistenceContext(unitName = "pageflow")
    EntityManager em;

    @Inject
    JobStates jobs;

    @Inject
    DocumentTypes types;

    @Inject
    PageUnderstandings understandings;

    @Inject
    Extractions extractions;

    @Inject
    DocumentFields documentFields;

    @Inject
    Engines engines;

    @Inject
    UnderstandingSettings settings;

    @Inject
    PipelineMessenger messenger;

    public void extract(long jobId, int delivery) {
        Job job = em.find(Job.class, jobId);
        if (job == null || job.getStatus() != JobStatus.PROCESSING || job.getStage() != JobStage.EXTRACT) {
            return; // a late or duplicate message
        }
        long documentId = job.getDocumentId();
        List<PageToRead> slice = understandings.unextracted(documentId, settings.slicePages());
        for (PageToRead page : slice) {
            PageUnderstanding row = page.understanding();
            TypeDefinition type = types.version(row.getDocType(), row.getTypeVersion());
            Engines.Extracted found;
            PipelineFailure failure = null;
            try {
                found = engines.extract(page.input(documentId), type);
            } catch (RuntimeException e) {
                failure = PipelineFailure.of(e);
                if (failure.isRetryableAfter(delivery)) {
                    throw e;
                }
                PipelineFailure logged = failure;
                LOG.info(() -> "Job " + jobId + " page " + page.pageNumber() + " fields not read: " + logged.code());
                found = new Engines.Extracted(Map.<String, FieldValue>of(), TokenUsage.NONE);
            }
            Extractions.Result result = extractions.page(type, row.getConfidence(), found.fields(),
                    understandings.corrections(page.pageId()));
            understandings.extracted(row, result.json(), result.validation(), found.tokens(), failure);
        }
        if (slice.size() == settings.slicePages()) {
            messenger.extract(jobId);
            return;
        }
        String docType = documentFields.update(documentId);
        if (jobs.advance(jobId, JobStage.EXTRACT, JobStage.INDEX, Progress.indexStarted(), "extract: document is " + docType)) {
            messenger.index(jobId);
        }
    }
}
