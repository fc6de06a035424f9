package io.pageflow.state;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.TransactionSynchronizationRegistry;

import io.pageflow.cluster.LeaseSettings;
import io.pageflow.cluster.NodeIdentity;
import io.pageflow.document.PageStatus;
import io.pageflow.error.PipelineFailure;
import io.pageflow.event.EventLog;
import io.pageflow.understanding.PageUnderstandings;
import io.pageflow.event.EventType;
import io.pageflow.review.PageReview;

/**
 * Applies the {@link PageTransition}s. Each is one update guarded by the statuses it may leave (and, for the
 * worker holding a page, by its claim), returns whether it happened, and records its event in the same
 * transaction. Nothing else changes a page's status.
 */
@Stateless
public class PageStates {

    @Inject
    Event<PageFailed> pageFailed;

    @PersistenceContext(unitName = "pageflow")
    EntityManager em;

    @Inject
    ClaimTransaction claims;

    @Inject
    InFlightClaims inFlight;

    @Inject
    EventLog events;

    @Inject
    LeaseSettings leases;

    @Inject
    NodeIdentity node;

    @Inject
    PageUnderstandings understandings;

    @Inject
    PostgresStatements statements;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Resource
    ManagedExecutorService executor;

    @Resource
    SessionContext context;

    /**
     * {@link PageTransition#CLAIM}, committed at once, and guarded by the caller's transaction: if that does not
     * commit, the page is given back ({@link ClaimGuard}). Empty when the page is finished, held by a live
     * worker, or its job is not running: the message is then a duplicate or stale.
     */
    public Optional<PageClaim> claim(long jobId, int pageNumber) {
        Optional<PageClaim> claim = claims.claim(jobId, pageNumber);
        claim.ifPresent(this::guard);
        return claim;
    }

    private void guard(PageClaim claim) {
        inFlight.started(claim);
        PageStates self = context.getBusinessObject(PageStates.class);
        try {
            transactions.registerInterposedSynchronization(new ClaimGuard(claim, inFlight, executor,
                    c -> self.release(c, "its transaction did not commit")));
        } catch (RuntimeException e) {
            inFlight.ended(claim);
            throw e;
        }
    }

    /** {@link PageTransition#COMPLETE} by the claim's holder; false when the claim was lost meanwhile. */
    public boolean complete(PageClaim claim, String text, String textSource, Float confidence, String imageKey,
            long durationMs) {
        return complete(claim, new PageText(text, textSource, null, false, confidence, imageKey), durationMs);
    }

    /** {@link PageTransition#COMPLETE} by the claim's holder; false when the claim was lost meanwhile. */
    public boolean complete(PageClaim claim, PageText result, long durationMs) {
        boolean done = withText(held(claim, PageTransition.COMPLETE, COMPLETED_WITH + """
                , p.durationMs = :duration, p.completedAt = :now, p.leasedBy = null, p.leaseExpiresAt = null"""), result)
                .setParameter("duration", durationMs)
                .setParameter("now", OffsetDateTime.now())
                .executeUpdate() == 1;
        if (done) {
            events.record(claim.jobId(), claim.pageNumber(), EventType.PAGE_COMPLETED,
                    result.textSource() + " in " + durationMs + " ms");
        }
        return done;
    }

    /**
     * {@link PageTransition#READ}: pages the split stage read itself complete as a worker would have completed them
     * (an attempt, start and end times, the same events), each guarded by its status: a page that is no longer
     * pending (a slice cut again after a crash, a job split again) is left alone.
     *
     * @return the pages that completed, to be counted as finished
     */
    public List<Integer> read(long jobId, long documentId, List<PageRead> pages) {
        if (pages.isEmpty()) {
            return List.of();
        }
        // one statement for the slice, not one per page: a document of blank pages is thousands of them
        JsonArrayBuilder rows = JSON.createArrayBuilder();
        for (PageRead page : pages) {
            PageText text = page.text();
            JsonObjectBuilder row = JSON.createObjectBuilder().add("n", page.pageNumber()).add("text", text.text())
                    .add("source", text.textSource()).add("blank", text.blank()).add("duration", page.durationMs());
            row = text.reason() == null ? row.addNull("reason") : row.add("reason", text.reason());
            rows.add(text.imageKey() == null ? row.addNull("image") : row.add("image", text.imageKey()));
        }
        int first = pages.stream().mapToInt(PageRead::pageNumber).min().orElseThrow();
        int last = pages.stream().mapToInt(PageRead::pageNumber).max().orElseThrow();
        Set<Integer> wanted = new HashSet<>();
        pages.forEach(page -> wanted.add(page.pageNumber()));
        List<Integer> pending = statements.completePendingPages(documentId, first, last, rows.build().toString(),
                OffsetDateTime.now(), PageReview.UNREVIEWED.label());
        List<Integer> read = pending.stream().filter(wanted::contains).toList();
        if (!read.isEmpty()) {
            JsonArrayBuilder started = JSON.createArrayBuilder();
            JsonArrayBuilder completed = JSON.createArrayBuilder();
            for (PageRead page : pages) {
                if (read.contains(page.pageNumber())) {
                    started.add(JSON.createObjectBuilder().add("n", page.pageNumber()).add("message", "read with the split"));
                    completed.add(JSON.createObjectBuilder().add("n", page.pageNumber())
                            .add("message", page.text().textSource() + " in " + page.durationMs() + " ms"));
                }
            }
            statements.insertPageEvents(jobId, EventType.PAGE_STARTED.label(), node.id(), started.build().toString());
            statements.insertPageEvents(jobId, EventType.PAGE_COMPLETED.label(), node.id(), completed.build().toString());
        }
        return read;
    }

    /** One factory for all: {@code Json.create…} looks its provider up again at every call. */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    private static final String COMPLETED_WITH = """
            p.text = :text, p.textSource = :source, p.textSourceReason = :reason, p.blank = :blank,
            p.confidence = :confidence, p.imageKey = :image, p.errorCode = null, p.errorMessage = null,
            p.review = :unreviewed, p.reviewNote = null, p.reviewedAt = null""";

    private static Query withText(Query update, PageText result) {
        return update.setParameter("text", result.text())
                .setParameter("source", result.textSource())
                .setParameter("reason", result.reason())
                .setParameter("blank", result.blank())
                .setParameter("confidence", result.confidence())
                .setParameter("image", result.imageKey())
                .setParameter("unreviewed", PageReview.UNREVIEWED);
    }

    /** {@link PageTransition#FAIL} by the claim's holder (a terminal error); false when the claim was lost. */
    public boolean fail(PageClaim claim, PipelineFailure failure, long durationMs) {
        boolean failed = held(claim, PageTransition.FAIL,
                """
                p.errorCode = :code, p.errorMessage = :message, p.durationMs = :duration, p.leasedBy = null,
                p.leaseExpiresAt = null""")
                .setParameter("code", failure.code().name())
                .setParameter("message", failure.message())
                .setParameter("duration", durationMs)
                .executeUpdate() == 1;
        if (failed) {
            events.record(claim.jobId(), claim.pageNumber(), EventType.PAGE_FAILED, failure);
            pageFailed.fire(new PageFailed(claim.jobId(), claim.pageNumber(), failure.code().name(), failure.message()));
        }
        return failed;
    }

    /**
     * {@link PageTransition#FAIL} of a page no worker holds: pending, or processing under an expired lease
     * (attempts used up, or its message given up).
     */
    public boolean failUnheld(long pageId, long jobId, int pageNumber, PipelineFailure failure) {
        OffsetDateTime now = OffsetDateTime.now();
        boolean failed = em.createQuery("""
                update Page p set p.status = :to, p.errorCode = :code, p.errorMessage = :message,
                       p.leasedBy = null, p.leaseExpiresAt = null
                 where p.id = :id and p.status in :from
                   and (p.status <> :processing or p.leaseExpiresAt < :now)""")
                .setParameter("to", PageTransition.FAIL.to())
                .setParameter("code", failure.code().name())
                .setParameter("message", failure.message())
                .setParameter("id", pageId)
                .setParameter("from", PageTransition.FAIL.from())
                .setParameter("processing", PageStatus.PROCESSING)
                .setParameter("now", now)
                .executeUpdate() == 1;
        if (failed) {
            events.record(jobId, pageNumber, EventType.PAGE_FAILED, failure);
            pageFailed.fire(new PageFailed(jobId, pageNumber, failure.code().name(), failure.message()));
        }
        return failed;
    }

    /**
     * {@link PageTransition#RELEASE} by the claim's holder. The page keeps a deadline one lease away: its
     * message is normally redelivered and claims it at once, and if that message was consumed while the page
     * was still held, the reaper rings again when the deadline passes. It commits on its own: the work's
     * transaction is about to roll back, or already has.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean release(PageClaim claim, String reason) {
        return release(claim, reason, null);
    }

    /** {@link #release(PageClaim, String)} that also keeps the error of the failed attempt visible on the page. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean release(PageClaim claim, String reason, PipelineFailure failure) {
        String errors = failure == null ? "" : ", p.errorCode = :code, p.errorMessage = :message";
        Query update = held(claim, PageTransition.RELEASE, "p.leasedBy = null, p.leaseExpiresAt = :deadline" + errors)
                .setParameter("deadline", OffsetDateTime.now().plusSeconds(leases.leaseSeconds()));
        if (failure != null) {
            update.setParameter("code", failure.code().name()).setParameter("message", failure.message());
        }
        boolean released = update.executeUpdate() == 1;
        if (released) {
            events.record(claim.jobId(), claim.pageNumber(), EventType.LEASE_RELEASED,
                    "attempt " + claim.attempt() + ": " + reason);
        }
        return released;
    }

    /** {@link PageTransition#EXPIRE}: the reaper takes back a page whose lease expired; deadline as for a release. */
    public boolean expire(long pageId, long jobId, int pageNumber, String note) {
        OffsetDateTime now = OffsetDateTime.now();
        boolean expired = em.createQuery("""
                update Page p set p.status = :to, p.leasedBy = null, p.leaseExpiresAt = :deadline
                 where p.id = :id and p.status in :from and p.leaseExpiresAt < :now""")
                .setParameter("to", PageTransition.EXPIRE.to())
                .setParameter("deadline", now.plusSeconds(leases.leaseSeconds()))
                .setParameter("id", pageId)
                .setParameter("from", PageTransition.EXPIRE.from())
                .setParameter("now", now)
                .executeUpdate() == 1;
        if (expired) {
            events.record(jobId, pageNumber, EventType.LEASE_EXPIRED, note);
        }
        return expired;
    }

    /**
     * A pending page's deadline: moved one lease on when its doorbell is rung again, or cleared when its job
     * stopped (a resume rings again). Not a transition: the status stays {@code pending}.
     */
    public void setDeadline(long pageId, boolean ringing) {
        em.createQuery("update Page p set p.leaseExpiresAt = :deadline where p.id = :id and p.status = :pending")
                .setParameter("deadline", ringing ? OffsetDateTime.now().plusSeconds(leases.leaseSeconds()) : null)
                .setParameter("id", pageId)
                .setParameter("pending", PageStatus.PENDING)
                .executeUpdate();
    }

    /**
     * {@link PageTransition#RESET}: the one way to run pages again. Only pages in {@code statuses} (and in the
     * transition's table) move; with {@code clearResults} their text, timings and review go too (restart,
     * replace), without it the last text stays until new text arrives (retry, resume).
     *
     * @param pageNumber one page, or null for every page of the document
     * @return how many pages were reset
     */
    public int reset(long documentId, Integer pageNumber, Collection<PageStatus> statuses, boolean clearResults) {
        Set<PageStatus> from = EnumSet.copyOf(PageTransition.RESET.from());
        from.retainAll(statuses);
        if (from.isEmpty()) {
            return 0;
        }
        String results = clearResults ? """
                , p.text = null, p.textSource = null, p.textSourceReason = null, p.blank = false, p.confidence = null, p.durationMs = null, p.startedAt = null,
                  p.completedAt = null, p.review = :unreviewed, p.reviewNote = null, p.reviewedAt = null""" : "";
        Query update = em.createQuery("""
                update Page p set p.status = :to, p.errorCode = null, p.errorMessage = null, p.attempts = 0,
                       p.leasedBy = null, p.leaseExpiresAt = null""" + results
                + " where p.documentId = :document and p.status in :from"
                + (pageNumber == null ? "" : " and p.pageNumber = :page"))
                .setParameter("to", PageTransition.RESET.to())
                .setParameter("document", documentId)
                .setParameter("from", from);
        if (clearResults) {
            update.setParameter("unreviewed", PageReview.UNREVIEWED);
        }
        if (pageNumber != null) {
            update.setParameter("page", pageNumber);
        }
        int reset = update.executeUpdate();
        understandings.forget(documentId, pageNumber, clearResults);
        return reset;
    }

    /** Gives a page a new source (a replaced page); only while it is not being processed. */
    public boolean replaceSource(long documentId, int pageNumber, String sourceKey) {
        return em.createQuery("""
                update Page p set p.sourceKey = :source, p.imageKey = null
                 where p.documentId = :document and p.pageNumber = :page and p.status <> :processing""")
                .setParameter("source", sourceKey)
                .setParameter("document", documentId)
                .setParameter("page", pageNumber)
                .setParameter("processing", PageStatus.PROCESSING)
                .executeUpdate() == 1;
    }

    /** The heartbeat: extends the leases of the claims running in this JVM, and only those. */
    public int renewLeases() {
        Set<Long> running = inFlight.pageIds();
        if (running.isEmpty()) {
            return 0;
        }
        return em.createQuery("""
                update Page p set p.leaseExpiresAt = :until
                 where p.id in :ids and p.leasedBy = :holder and p.status = :processing""")
                .setParameter("until", OffsetDateTime.now().plusSeconds(leases.leaseSeconds()))
                .setParameter("ids", running)
                .setParameter("holder", node.id())
                .setParameter("processing", PageStatus.PROCESSING)
                .executeUpdate();
    }

    /** An update of the page a claim holds, guarded by the transition's statuses and the claim itself. */
    private Query held(PageClaim claim, PageTransition transition, String assignments) {
        return em.createQuery("update Page p set p.status = :to, " + assignments
                + " where p.id = :id and p.status in :from and p.leasedBy = :holder and p.attempts = :attempt")
                .setParameter("to", transition.to())
                .setParameter("id", claim.pageId())
                .setParameter("from", transition.from())
                .setParameter("holder", claim.holder())
                .setParameter("attempt", claim.attempt());
    }
}
