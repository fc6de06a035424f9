package io.pageflow.understanding.stage;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import io.pageflow.error.PipelineFailure;
import io.pageflow.job.Job;
import io.pageflow.job.JobStage;
import io.pageflow.job.Progress;
import io.pageflow.messaging.PipelineMessenger;
import io.pageflow.state.JobStates;
import io.pageflow.understanding.Classification;
import io.pageflow.understanding.ClassificationEngine;
import io.pageflow.understanding.PageUnderstandings;
import io.pageflow.understanding.PageUnderstandings.PageToRead;
import io.pageflow.understanding.TokenUsage;
import io.pageflow.understanding.TypeDefinition;
import io.pageflow.understanding.TypeScore;
import io.pageflow.understanding.UnderstandingSettings;
import io.pageflow.understanding.type.DocumentTypes;

/**
 * The classify stage: gives each completed page of the job's document a type. An engine failure that is
 * worth another try (a rate limit) rolls the slice back for the broker to redeliver later; any other, or the
 * last try, leaves the page {@code unknown} with the error's code, for a person to look at.
 */
@Stateless
public class ClassifyService {

    @Inject
    JobStates jobs;

    @Inject
    DocumentTypes types;

    @Inject
    PageUnderstandings understandings;

    @Inject
    Engines engines;

    @Inject
    UnderstandingSettings settings;

    @Inject
    PipelineMessenger messenger;

    @Inject
    Continuation continuation;

    public void classify(long jobId, int delivery) {
        Job job = jobs.processingIn(jobId, JobStage.CLASSIFY).orElse(null);
        if (job == null) {
            return; // a late or duplicate message
        }
        long documentId = job.getDocumentId();
        List<TypeDefinition> current = types.current();
        ClassificationEngine engine = engines.classifier();
        // A remote engine's calls run one page per transaction: a retry must not undo the pages before it.
        int sliceSize = settings.classifiesWithLlm() ? 1 : settings.slicePages();
        List<PageToRead> slice = understandings.unclassified(documentId, sliceSize);
        for (PageToRead page : slice) {
            Classification classification;
            PipelineFailure failure = null;
            try {
                classification = engine.classify(page.input(documentId), current, settings.classifyThreshold());
            } catch (RuntimeException e) {
                failure = EngineFailures.keptOrRethrown(e, delivery, jobId, page.pageNumber(), "not classified");
                classification = unknown(current);
            }
            if (classification.isUnknown() && failure == null) {
                classification = continued(documentId, page, current, classification).orElse(classification);
            }
            understandings.classified(documentId, page, classification, failure);
        }
        if (slice.size() == sliceSize) {
            messenger.classify(jobId);
        } else if (jobs.advance(jobId, JobStage.CLASSIFY, JobStage.EXTRACT, Progress.extractStarted(),
                "classify: " + typeCounts(documentId))) {
            messenger.extract(jobId);
        }
    }

    private Optional<Classification> continued(long documentId, PageToRead page, List<TypeDefinition> current,
            Classification judged) {
        return understandings.previous(documentId, page.pageNumber())
                .filter(previous -> !previous.understanding().getDocType().equals(TypeDefinition.UNKNOWN))
                .flatMap(previous -> current.stream()
                        .filter(t -> t.name().equals(previous.understanding().getDocType())).findFirst()
                        .flatMap(type -> continuation.of(documentId, page, previous, type, judged)));
    }

    private String typeCounts(long documentId) {
        Map<String, Integer> counts = new TreeMap<>();
        understandings.ofDocument(documentId).values().forEach(u -> counts.merge(u.getDocType(), 1, Integer::sum));
        return counts.isEmpty() ? "no pages" : counts.toString().replaceAll("[{}]", "");
    }

    private static Classification unknown(List<TypeDefinition> current) {
        int version = current.stream().filter(TypeDefinition::isUnknown).mapToInt(TypeDefinition::version).findFirst().orElse(1);
        return new Classification(TypeDefinition.UNKNOWN, version, 0, List.of(new TypeScore(TypeDefinition.UNKNOWN, 0)),
                "none", TokenUsage.NONE);
    }
}
