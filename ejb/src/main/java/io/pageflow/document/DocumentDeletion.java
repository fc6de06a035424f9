package io.pageflow.document;

import java.util.ArrayList;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import io.pageflow.error.ConflictException;
import io.pageflow.error.NotFoundException;
import io.pageflow.job.Job;
import io.pageflow.job.JobStatus;
import io.pageflow.storage.ObjectStorage;
import io.pageflow.storage.StorageKeys;

/**
 * Deletes a document: its rows (pages, jobs, chunks, vectors and events go with it, by foreign keys) in one
 * transaction, then its objects. Objects that cannot be deleted then are orphans, and the sweeper removes them.
 */
@Stateless
public class DocumentDeletion {

    @PersistenceContext(unitName = "pageflow")
    EntityManager em;

    @Inject
    ObjectStorage storage;

    /** Deletes the rows and returns the keys (and key prefixes) of the document's objects. */
    public List<String> deleteRows(long documentId) {
        // Jobs first, then the document: the order the pipeline takes its locks in, so the two never deadlock.
        List<Job> jobs = em.createQuery("select j from Job j where j.documentId = :d", Job.class)
                .setParameter("d", documentId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        List<String> keys = new ArrayList<>(List.of("documents/" + documentId + "/"));
        for (Job job : jobs) {
            if (job.getStatus() == JobStatus.QUEUED || job.getStatus() == JobStatus.PROCESSING) {
                throw new ConflictException("DOCUMENT_BUSY", "Job " + job.getId() + " is " + job.getStatus().label()
                        + " on document " + documentId + "; cancel it or wait until it ends");
            }
            keys.add(StorageKeys.result(job.getId(), "json"));
            keys.add(StorageKeys.result(job.getId(), "xml"));
            if (job.convertsWithGateway()) {
                keys.add(job.resultKey("xml")); // the export's own XML, beside the gateway's answer
            }
        }
        if (em.find(Document.class, documentId, LockModeType.PESSIMISTIC_WRITE) == null) {
            throw new NotFoundException("Document " + documentId + " does not exist");
        }
        em.createNativeQuery("delete from document where id = ?1").setParameter(1, documentId).executeUpdate();
        return keys;
    }

    /** Deletes the objects; runs after the rows are gone, outside their transaction. */
    public void deleteObjects(List<String> keys) {
        for (String key : keys) {
            if (key.endsWith("/")) {
                storage.list(key).forEach(object -> storage.delete(object.key()));
            } else {
                storage.delete(key);
            }
        }
    }
}
