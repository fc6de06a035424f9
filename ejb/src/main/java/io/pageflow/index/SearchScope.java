package io.pageflow.index;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Query;

/**
 * Which chunks a search may return, as one SQL condition on the chunk (alias {@code c}) that every ranking
 * and the hit query share. A new restriction (an owner, a job, a set of documents) is a component here, a
 * line in {@link #condition()} and a line in {@link #bind(Query)}: no search query needs to change.
 *
 * @param documentId only this document's chunks, or null
 * @param docType    only documents of this type (their merged type, {@code unknown} included), or null
 * @param owner      only documents of this owner (a submitter's own), or null
 */
public record SearchScope(Long documentId, String docType, String owner) {

    public static SearchScope everything() {
        return new SearchScope(null, null, null);
    }

    public SearchScope(Long documentId, String docType) {
        this(documentId, docType, null);
    }

    /** This scope as the caller may see it: only their own documents when {@code owner} is not null. */
    public SearchScope seenBy(String owner) {
        return owner == null ? this : new SearchScope(documentId, docType, owner);
    }

    /** A condition on chunk {@code c}, {@code true} when nothing restricts the search. */
    String condition() {
        List<String> conditions = new ArrayList<>();
        if (documentId != null) {
            conditions.add("c.document_id = :scopeDocument");
        }
        if (docType != null) {
            conditions.add("c.document_id in (select d.id from document d where d.doc_type = :scopeDocType)");
        }
        if (owner != null) {
            conditions.add("c.document_id in (select d.id from document d where d.owner = :scopeOwner)");
        }
        return conditions.isEmpty() ? "true" : String.join(" and ", conditions);
    }

    /** Binds the parameters {@link #condition()} names. */
    void bind(Query query) {
        if (documentId != null) {
            query.setParameter("scopeDocument", documentId);
        }
        if (docType != null) {
            query.setParameter("scopeDocType", docType);
        }
        if (owner != null) {
            query.setParameter("scopeOwner", owner);
        }
    }
}
