package io.pageflow.understanding.stage;

import java.util.List;
import java.util.Map;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import io.pageflow.error.PipelineFailure;
import io.pageflow.job.Job;
import io.pageflow.job.JobStage;
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
import io.pageflow.understanding.llm.LlmException;
import io.pageflow.understanding.type.DocumentTypes;

/**
 * The extract stage: reads the fields of every page of a known type with the type's engine, lays people's
 * corrections over them, validates, and once no page is left merges the document's fields and rings the
 * index stage. Engine failures are handled as in {@link ClassifyService}: the page keeps the error's code and
 * goes to review.
 */
@Stateless
public class ExtractService {

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

    @Inject
    Event<DocumentClassified> classified;

    public void extract(long jobId, int delivery) {
        Job job = jobs.processingIn(jobId, JobStage.EXTRACT).orElse(null);
        if (job == null) {
            return; // a late or duplicate message
        }
        long documentId = job.getDocumentId();
        List<PageToRead> slice = understandings.unextracted(documentId, settings.slicePages());
        int done = 0;
        for (PageToRead page : slice) {
            PageUnderstanding row = page.understanding();
            TypeDefinition type = types.version(row.getDocType(), row.getTypeVersion());
            // A call to a remote engine runs alone in its transaction: a retry must not undo (and pay again
            // for) the pages read before it.
            boolean remote = "llm".equals(type.engine());
            if (remote && done > 0) {
                break;
            }
            read(jobId, documentId, page, row, type, delivery);
            done++;
            if (remote) {
                break;
            }
        }
        if (done < slice.size() || slice.size() == settings.slicePages()) {
            messenger.extract(jobId);
            return;
        }
        String docType = documentFields.update(documentId);
        if (jobs.advance(jobId, JobStage.EXTRACT, JobStage.INDEX, Progress.indexStarted(), "extract: document is " + docType)) {
            messenger.index(jobId);
            classified.fire(new DocumentClassified(jobId, documentId, docType));
        }
    }

    private void read(long jobId, long documentId, PageToRead page, PageUnderstanding row, TypeDefinition type, int delivery) {
        Engines.Extracted found;
        PipelineFailure failure = null;
        try {
            found = engines.extract(page.input(documentId), type);
        } catch (RuntimeException e) {
            failure = EngineFailures.keptOrRethrown(e, delivery, jobId, page.pageNumber(), "fields not read");
            found = new Engines.Extracted(Map.<String, FieldValue>of(),
                    e instanceof LlmException paid ? paid.tokens() : TokenUsage.NONE);
        }
        Extractions.Result result = extractions.page(type, row.getConfidence(), found.fields(),
                understandings.corrections(page.pageId()));
        understandings.extracted(row, result.json(), result.validation(), found.tokens(), failure);
    }
}
