package io.pageflow.understanding;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import io.pageflow.understanding.DocumentMerge.Merged;
import io.pageflow.understanding.type.DocumentTypes;

/** Keeps a document's type and merged fields in step with its pages' (after the extract stage, after a correction). */
@Stateless
public class DocumentFields {

    @Inject
    PageUnderstandings understandings;

    @Inject
    DocumentTypes types;

    @Inject
    Extractions extractions;

    /** @return the document's type now, {@code unknown} when no page has a known type */
    public String update(long documentId) {
        Merged merged = understandings.mergeDocument(documentId);
        if (merged == null) {
            understandings.documentUnderstood(documentId, TypeDefinition.UNKNOWN, null);
            return TypeDefinition.UNKNOWN;
        }
        TypeDefinition type = types.version(merged.docType(), merged.typeVersion());
        Extractions.Result result = extractions.document(type, merged);
        understandings.documentUnderstood(documentId, merged.docType(), result.json());
        understandings.documentChecked(documentId, merged.docType(), result.validation().valid());
        return merged.docType();
    }
}
