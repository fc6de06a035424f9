package io.pageflow.document;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import io.pageflow.job.Job;
import io.pageflow.security.Actor;

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

    /** A document with its latest job, which gives the document its status. */
    public record Listed(Document document, Job job) {
        public DocumentStatus status() {
            return DocumentStatus.of(job.getStatus());
        }
    }

    /** Documents newest first, optionally of one type and in one status. */
    public List<Listed> documents(String docType, DocumentStatus status, int offset, int limit) {
        return listQuery("select d, j", docType, status, " order by d.id desc", Object[].class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultStream()
                .map(row -> new Listed((Document) row[0], (Job) row[1]))
                .toList();
    }

    public long countDocuments(String docType, DocumentStatus status) {
        return listQuery("select count(d)", docType, status, "", Long.class).getSingleResult();
    }

    public Optional<Listed> listed(long documentId) {
        return em.createQuery("""
                        select d, j from Document d, Job j where d.id = :id and j.documentId = d.id
                           and j.id = (select max(l.id) from Job l where l.documentId = d.id and l.kind = :ingest)""", Object[].class)
                .setParameter("id", documentId)
                .setParameter("ingest", io.pageflow.job.JobKind.INGEST)
                .getResultStream()
                .findFirst()
                .map(row -> new Listed((Document) row[0], (Job) row[1]));
    }

    private <T> TypedQuery<T> listQuery(String select, String docType, DocumentStatus status, String order, Class<T> type) {
        TypedQuery<T> query = em.createQuery(select + " " + """
                         from Document d, Job j where j.documentId = d.id
                           and j.id = (select max(l.id) from Job l where l.documentId = d.id and l.kind = :ingest)"""
                + (docType == null ? "" : " and d.docType = :docType")
                + (status == null ? "" : " and j.status in :statuses")
                + (Actor.seesOnly() == null ? "" : " and d.owner = :owner") + order, type);
        query.setParameter("ingest", io.pageflow.job.JobKind.INGEST);
        if (Actor.seesOnly() != null) {
            // a submitter lists their own documents only (docs/security.md)
            query.setParameter("owner", Actor.seesOnly());
        }
        if (docType != null) {
            query.setParameter("docType", docType);
        }
        if (status != null) {
            query.setParameter("statuses", status.jobStatuses());
        }
        return query;
    }

    public Optional<Page> page(long documentId, int pageNumber) {
        return em.createQuery("select p from Page p where p.documentId = :id and p.pageNumber = :n", Page.class)
                .setParameter("id", documentId)
                .setParameter("n", pageNumber)
                .getResultStream()
                .findFirst();
    }
}
