package io.pageflow.document;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Read-only queries over documents and pages for the API. */
@Stateless
public class DocumentQueries {

    @PersistenceContext(unitName = "pageflow")
    EntityManager em;

    public Optional<Document> document(long documentId) {
        return Optional.ofNullable(em.find(Document.class, documentId));
    }

    /** Which of these document ids still exist. */
    public Set<Long> existingDocuments(Set<Long> ids) {
        return ids.isEmpty() ? Set.of() : Set.copyOf(em.createQuery(
                "select d.id from Document d where d.id in :ids", Long.class).setParameter("ids", ids).getResultList());
    }

    /** Which of these job ids still exist. */
    public Set<Long> existingJobs(Set<Long> ids) {
        return ids.isEmpty() ? Set.of() : Set.copyOf(em.createQuery(
                "select j.id from Job j where j.id in :ids", Long.class).setParameter("ids", ids).getResultList());
    }

    public List<Page> pages(long documentId) {
        return em.createQuery("select p from Page p where p.documentId = :id order by p.pageNumber", Page.class)
                .setParameter("id", documentId)
                .getResultList();
    }

    /** The document's pages in order, from the {@code offset}-th on. */
    public List<Page> pages(long documentId, int offset, int limit) {
        return em.createQuery("select p from Page p where p.documentId = :id order by p.pageNumber", Page.class)
                .setParameter("id", documentId)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    public long countPages(long documentId) {
        return em.createQuery("select count(p) from Page p where p.documentId = :id", Long.class)
                .setParameter("id", documentId)
                .getSingleResult();
    }

    public Optional<Page> page(long documentId, int pageNumber) {
        return em.createQuery("select p from Page p where p.documentId = :id and p.pageNumber = :n", Page.class)
                .setParameter("id", documentId)
                .setParameter("n", pageNumber)
                .getResultStream()
                .findFirst();
    }
}
