package io.pageflow.state;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import io.pageflow.document.PageStatus;
import io.pageflow.error.PipelineFailure;
import io.pageflow.event.EventLog;
import io.pageflow.event.EventType;

/**
 * The per-page state of analysis and consolidation jobs ({@code analysis_page}), the way {@link PageStates} owns
 * the document's pages: pending → processing (claim, one more attempt) → completed | failed, and back to pending
 * by {@link #reset}. Each change is one update guarded by the status it leaves (and the claim's attempt), so a
 * duplicate message changes nothing. A page is claimed and finished in one transaction: if its work rolls back,
 * so does its claim, and the page is still pending for the redelivered message.
 */
@Stateless
public class AnalysisPageStates {

    private static final Set<PageStatus> RESETTABLE = EnumSet.of(PageStatus.PROCESSING, PageStatus.COMPLETED,
            PageStatus.FAILED);

    @PersistenceContext(unitName = "pageflow")
    EntityManager em;

    @Inject
    EventLog events;

    /** A claim on one page: the attempt it is, which guards the update that finishes it. */
    public record Claim(long jobId, int pageNumber, int attempt) {
    }

    /** Pages 1 to {@code pages} of a new job, pending. */
    public void create(long jobId, int pages) {
        em.createNativeQuery("insert into analysis_page (job_id, page_number) select ?1, n from generate_series(1, ?2) n")
                .setParameter(1, jobId).setParameter(2, pages).executeUpdate();
    }

    /** Up to {@code limit} of the job's first pending pages, claimed: their attempt counted, {@code processing}. */
    public List<Claim> claimNext(long jobId, int limit) {
        List<Integer> pending = em.createQuery("""
                        select p.pageNumber from AnalysisPage p where p.jobId = :job and p.status = :pending
                         order by p.pageNumber""", Integer.class)
                .setParameter("job", jobId).setParameter("pending", PageStatus.PENDING)
                .setMaxResults(limit).getResultList();
        return pending.stream().map(page -> claim(jobId, page)).flatMap(Optional::stream).toList();
    }

    private Optional<Claim> claim(long jobId, int pageNumber) {
        int claimed = em.createQuery("""
                        update AnalysisPage p set p.status = :processing, p.attempts = p.attempts + 1, p.startedAt = :now,
                               p.completedAt = null, p.errorCode = null, p.errorMessage = null, p.retryable = null
                         where p.jobId = :job and p.pageNumber = :page and p.status = :pending""")
                .setParameter("processing", PageStatus.PROCESSING)
                .setParameter("now", OffsetDateTime.now())
                .setParameter("job", jobId)
                .setParameter("page", pageNumber)
                .setParameter("pending", PageStatus.PENDING)
                .executeUpdate();
        if (claimed == 0) {
            return Optional.empty();
        }
        int attempt = em.createQuery("select p.attempts from AnalysisPage p where p.jobId = :job and p.pageNumber = :page",
                        Integer.class)
                .setParameter("job", jobId).setParameter("page", pageNumber).getSingleResult();
        return Optional.of(new Claim(jobId, pageNumber, attempt));
    }

    /** processing → completed, with the page's result and the keys of the items it found. */
    public boolean completed(Claim claim, String resultJson, List<String> itemKeys, String engine, int tokensIn,
            int tokensOut) {
        boolean done = held(claim, PageStatus.COMPLETED, """
                p.result = :result, p.itemKeys = :keys, p.engine = :engine, p.tokensIn = :in, p.tokensOut = :out,
                p.completedAt = :now""")
                .setParameter("result", resultJson)
                .setParameter("keys", itemKeys.toArray(String[]::new))
                .setParameter("engine", engine)
                .setParameter("in", tokensIn)
                .setParameter("out", tokensOut)
                .executeUpdate() == 1;
        if (done) {
            events.record(claim.jobId(), claim.pageNumber(), EventType.PAGE_COMPLETED,
                    itemKeys.size() + " item(s), attempt " + claim.attempt());
        }
        return done;
    }

    /** processing → failed, with the code, and whether another run of the page may succeed. */
    public boolean failed(Claim claim, PipelineFailure failure) {
        boolean failed = held(claim, PageStatus.FAILED, """
                p.errorCode = :code, p.errorMessage = :message, p.retryable = :retryable, p.completedAt = :now""")
                .setParameter("code", failure.code().name())
                .setParameter("message", failure.message())
                .setParameter("retryable", failure.code().isRetryable())
                .executeUpdate() == 1;
        if (failed) {
            events.record(claim.jobId(), claim.pageNumber(), EventType.PAGE_FAILED, failure);
        }
        return failed;
    }

    /**
     * Back to pending: the one way to run pages again. Only pages in {@code statuses} move; with
     * {@code clearResults} (restart) their results, item keys and attempts go too, without it (resume, retry) the
     * attempts keep counting and the last result stays until a new one replaces it.
     *
     * @param pageNumber one page, or null for every page of the job
     */
    public int reset(long jobId, Integer pageNumber, Collection<PageStatus> statuses, boolean clearResults) {
        Set<PageStatus> from = EnumSet.copyOf(RESETTABLE);
        from.retainAll(statuses);
        if (from.isEmpty()) {
            return 0;
        }
        Query update = em.createQuery("update AnalysisPage p set p.status = :pending, p.errorCode = null,"
                        + " p.errorMessage = null, p.retryable = null"
                        + (clearResults ? ", p.result = null, p.itemKeys = :none, p.attempts = 0, p.startedAt = null,"
                        + " p.completedAt = null, p.engine = null, p.tokensIn = 0, p.tokensOut = 0" : "")
                        + " where p.jobId = :job and p.status in :from" + (pageNumber == null ? "" : " and p.pageNumber = :page"))
                .setParameter("pending", PageStatus.PENDING)
                .setParameter("job", jobId)
                .setParameter("from", from);
        if (clearResults) {
            update.setParameter("none", new String[0]);
        }
        if (pageNumber != null) {
            update.setParameter("page", pageNumber);
        }
        return update.executeUpdate();
    }

    public int count(long jobId, PageStatus status) {
        return em.createQuery("select count(p) from AnalysisPage p where p.jobId = :job and p.status = :status", Long.class)
                .setParameter("job", jobId).setParameter("status", status).getSingleResult().intValue();
    }

    /** Distinct item keys over the job's completed pages. */
    public int distinctItems(long jobId) {
        return ((Number) em.createNativeQuery("""
                select count(distinct k) from analysis_page p, unnest(p.item_keys) k
                 where p.job_id = ?1 and p.status = 'completed'""")
                .setParameter(1, jobId).getSingleResult()).intValue();
    }

    private Query held(Claim claim, PageStatus to, String assignments) {
        return em.createQuery("update AnalysisPage p set p.status = :to, " + assignments
                        + " where p.jobId = :job and p.pageNumber = :page and p.status = :processing and p.attempts = :attempt")
                .setParameter("to", to)
                .setParameter("now", OffsetDateTime.now())
                .setParameter("job", claim.jobId())
                .setParameter("page", claim.pageNumber())
                .setParameter("processing", PageStatus.PROCESSING)
                .setParameter("attempt", claim.attempt());
    }
}
