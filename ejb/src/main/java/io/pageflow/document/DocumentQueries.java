package io.pageflow.document;

import java.util.List;
import java.util.Optional;

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

    public List<Page> pages(long documentId) {
        return em.createQuery("select p from Page p where p.documentId = :id order by p.pageNumber", Page.class)
                .setParameter("id", documentId)
                .getResultList();
    }

    public Optional<Page> page(long documentId, int pageNumber) {
        return em.createQuery("select p from Page p where p.documentId = :id and p.pageNumber = :n", Page.class)
                .setParameter("id", documentId)
                .setParameter("n", pageNumber)
                .getResultStream()
                .findFirst();
    }
}
