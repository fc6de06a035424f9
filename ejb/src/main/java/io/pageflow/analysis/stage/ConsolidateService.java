package io.pageflow.analysis.stage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import io.pageflow.analysis.AnalysisPage;
import io.pageflow.analysis.AnalysisSettings;
import io.pageflow.analysis.ConsolidatedItem;
import io.pageflow.analysis.engine.KeyPhrases;
import io.pageflow.analysis.engine.PageItem;
import io.pageflow.document.PageStatus;
import io.pageflow.error.PipelineException;
import io.pageflow.event.EventLog;
import io.pageflow.event.EventType;
import io.pageflow.index.Embedder;
import io.pageflow.job.Job;
import io.pageflow.job.JobStage;
import io.pageflow.job.JobStatus;
import io.pageflow.messaging.PipelineMessenger;
import io.pageflow.state.AnalysisPageStates;
import io.pageflow.state.AnalysisPageStates.Claim;
import io.pageflow.state.JobStates;
import io.pageflow.understanding.type.DocumentTypes;

/**
 * The consolidate stage: merges the items an analysis found, a slice of pages per message and transaction (a
 * resume goes on from the first slice not merged). An item joins an earlier one when their normalised names are
 * equal, or when their names' embeddings are at least {@code PAGEFLOW_CONSOLIDATE_SIMILARITY} alike; each item
 * keeps every page it came from and every name it was seen under. At the end the LLM engine may pick one name for
 * each item seen under several ({@link NameRefinement}).
 */
@Stateless
public class ConsolidateService {

    private static final Logger LOG = Logger.getLogger(ConsolidateService.class.getName());

    @PersistenceContext(unitName = "pageflow")
    EntityManager em;

    @Inject
    JobStates jobs;

    @Inject
    AnalysisPageStates pages;

    @Inject
    Embedder embedder;

    @Inject
    AnalysisSettings settings;

    @Inject
    NameRefinement refinement;

    @Inject
    EventLog events;

    @Inject
    PipelineMessenger messenger;

    public void consolidate(long jobId) {
        Job job = em.find(Job.class, jobId);
        if (job == null) {
            return;
        }
        if (job.getStatus() == JobStatus.QUEUED) {
            // Begun in a transaction of its own, as the analyze stage does (see there).
            if (jobs.begin(jobId, JobStage.CONSOLIDATE)) {
                messenger.consolidate(jobId);
            }
            return;
        }
        if (jobs.processingIn(jobId, JobStage.CONSOLIDATE).isEmpty()) {
            return; // a late or duplicate message, or the job was cancelled
        }
        List<Claim> slice = pages.claimNext(jobId, settings.consolidateSlicePages());
        if (slice.isEmpty()) {
            finish(jobId);
            return;
        }
        jobs.showCurrentPage(jobId, JobStage.CONSOLIDATE, slice.get(0).pageNumber());
        List<ConsolidatedItem> items = em.createQuery(
                        "select i from ConsolidatedItem i where i.jobId = :job order by i.id", ConsolidatedItem.class)
                .setParameter("job", jobId).getResultList();
        Map<String, ConsolidatedItem> byKey = new HashMap<>();
        items.forEach(i -> byKey.put(i.getItemKey(), i));
        for (Claim claim : slice) {
            List<PageItem> found = itemsOf(job.getSourceJobId(), claim.pageNumber());
            List<String> merged = new ArrayList<>();
            List<PageItem> unseen = found.stream().filter(i -> !byKey.containsKey(i.key())).toList();
            List<float[]> vectors = unseen.isEmpty() ? List.of()
                    : embedder.embedAll(unseen.stream().map(i -> i.name().replace('-', ' ')).toList());
            Map<String, float[]> vectorOf = new HashMap<>();
            for (int n = 0; n < unseen.size(); n++) {
                vectorOf.put(unseen.get(n).key(), vectors.get(n));
            }
            for (PageItem item : found) {
                ConsolidatedItem into = byKey.get(item.key());
                if (into == null) {
                    float[] vector = vectorOf.get(item.key());
                    into = nearest(items, vector);
                    if (into == null) {
                        into = new ConsolidatedItem(jobId, item.key(), item.name(), item.topic(), vector);
                        em.persist(into);
                        items.add(into);
                    }
                    byKey.put(item.key(), into);
                }
                into.seen(claim.pageNumber(), item.name());
                merged.add(into.getItemKey());
            }
            pages.completed(claim, "{\"items\":" + found.size() + "}", merged.stream().distinct().toList(),
                    "consolidate", 0, 0);
        }
        em.flush();
        jobs.analysisPagesFinished(jobId, slice.size(), 0, items.size());
        messenger.consolidate(jobId);
    }

    /** The earlier item most like {@code vector}, if it is at least as alike as the threshold. */
    private ConsolidatedItem nearest(List<ConsolidatedItem> items, float[] vector) {
        ConsolidatedItem best = null;
        double bestSimilarity = settings.similarity();
        for (ConsolidatedItem item : items) {
            double similarity = KeyPhrases.cosine(vector, item.getEmbedding());
            if (similarity >= bestSimilarity) {
                bestSimilarity = similarity;
                best = item;
            }
        }
        return best;
    }

    private List<PageItem> itemsOf(long analysisJobId, int pageNumber) {
        AnalysisPage page = em.find(AnalysisPage.class, new AnalysisPage.Key(analysisJobId, pageNumber));
        if (page == null || page.getStatus() != PageStatus.COMPLETED || page.getResult() == null) {
            return List.of();
        }
        return PageItem.of(DocumentTypes.parse(page.getResult()));
    }

    private void finish(long jobId) {
        if (pages.count(jobId, PageStatus.PENDING) > 0 || pages.count(jobId, PageStatus.PROCESSING) > 0) {
            return;
        }
        List<ConsolidatedItem> items = em.createQuery(
                        "select i from ConsolidatedItem i where i.jobId = :job order by i.id", ConsolidatedItem.class)
                .setParameter("job", jobId).getResultList();
        if (settings.refinesNames()) {
            try {
                int renamed = refinement.refine(items);
                events.record(jobId, null, EventType.STAGE_FINISHED, "names refined by the LLM: " + renamed);
            } catch (PipelineException e) {
                // the merged items stand without better names; the trail says why
                LOG.log(Level.INFO, "Names of consolidation " + jobId + " not refined", e);
                events.record(jobId, null, EventType.RETRY_SCHEDULED, new io.pageflow.error.PipelineFailure(e.code(),
                        "names not refined: " + e.getMessage()));
            }
        }
        long merged = items.stream().filter(i -> i.getPages().length > 1).count();
        jobs.complete(jobId, JobStage.CONSOLIDATE, "consolidate: " + items.size() + " item(s), " + merged
                + " found on several pages");
    }
}
