package io.pageflow.review;

import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import io.pageflow.document.Page;
import io.pageflow.document.PageStatus;
import io.pageflow.error.ConflictException;
import io.pageflow.error.NotFoundException;
import io.pageflow.event.EventLog;
import io.pageflow.event.EventType;

/**
 * Approving or rejecting a page's text. Only completed pages have text to judge; a page can be reviewed
 * while the rest of its document is still being processed.
 */
@Stateless
public class ReviewService {

    @PersistenceContext(unitName = "pageflow")
    EntityManager em;

    @Inject
    EventLog events;

    public Page review(long documentId, int pageNumber, PageReview verdict, String note) {
        List<Page> found = em.createQuery(
                        "select p from Page p where p.documentId = :d and p.pageNumber = :n", Page.class)
                .setParameter("d", documentId)
                .setParameter("n", pageNumber)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException("Document " + documentId + " has no page " + pageNumber);
        }
        Page page = found.get(0);
        if (page.getStatus() != PageStatus.COMPLETED) {
            throw new ConflictException("PAGE_NOT_COMPLETED", "Page " + pageNumber + " is "
                    + page.getStatus().label() + "; it can be reviewed once it has text");
        }
        page.review(verdict, note == null || note.isBlank() ? null : note.strip());
        jobOf(documentId).ifPresent(jobId -> events.record(jobId, pageNumber, EventType.PAGE_REVIEWED,
                verdict.label() + (page.getReviewNote() == null ? "" : ": " + page.getReviewNote())));
        return page;
    }

    private Optional<Long> jobOf(long documentId) {
        return em.createQuery("select j.id from Job j where j.documentId = :d and j.kind = :ingest order by j.id desc", Long.class)
                .setParameter("d", documentId)
                .setParameter("ingest", io.pageflow.job.JobKind.INGEST)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }
}
