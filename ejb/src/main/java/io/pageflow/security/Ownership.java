package io.pageflow.security;

import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Who owns a job, a document or a batch: what decides whether a submitter may see it. A row that does not
 * exist answers empty, a row without owner answers an empty name (only reviewers and above see those).
 */
@Stateless
public class Ownership {

    @PersistenceContext(unitName = "pageflow")
    EntityManager em;

    public Optional<String> ofJob(long id) {
        return owner("select coalesce(owner, '') from job where id = ?1", id);
    }

    public Optional<String> ofDocument(long id) {
        return owner("select coalesce(owner, '') from document where id = ?1", id);
    }

    public Optional<String> ofBatch(long id) {
        return owner("select coalesce(owner, '') from batch where id = ?1", id);
    }

    @SuppressWarnings("unchecked")
    private Optional<String> owner(String sql, long id) {
        return ((List<String>) em.createNativeQuery(sql).setParameter(1, id).getResultList()).stream().findFirst();
    }
}
