package io.pageflow.understanding;

import java.util.Map;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import io.pageflow.document.DocumentQueries;
import io.pageflow.document.DocumentQueries.Listed;
import io.pageflow.document.DocumentStatus;
import io.pageflow.document.Page;
import io.pageflow.error.ConflictException;
import io.pageflow.error.InvalidRequestException;
import io.pageflow.error.NotFoundException;
import io.pageflow.event.EventLog;
import io.pageflow.event.EventType;
import io.pageflow.export.ExportService;
import io.pageflow.understanding.type.DocumentTypes;

/**
 * A person corrects a page: its type, its fields, or both. Values are stored as given (source {@code human}),
 * validated again with the rest, the document's merged fields and exported results follow, and the job's
 * trail says who changed what.
 */
@Stateless
public class Corrections {

    @Inject
    DocumentQueries documents;

    @Inject
    PageUnderstandings understandings;

    @Inject
    DocumentTypes types;

    @Inject
    Extractions extractions;

    @Inject
    DocumentFields documentFields;

    @Inject
    ExportService exports;

    @Inject
    EventLog events;

    /**
     * @param docType the page's type as the person sees it, or null to keep the engine's
     * @param fields  field values; JSON {@code null} says the field is not on the page
     */
    public PageUnderstanding correct(long documentId, int pageNumber, String docType, JsonObject fields, String user) {
        Page page = documents.page(documentId, pageNumber)
                .orElseThrow(() -> new NotFoundException("Document " + documentId + " has no page " + pageNumber));
        Listed listed = documents.listed(documentId)
                .orElseThrow(() -> new NotFoundException("Document " + documentId + " does not exist"));
        if (listed.status() == DocumentStatus.PROCESSING) {
            throw new ConflictException("DOCUMENT_BUSY", "Document " + documentId + " is being processed (job "
                    + listed.job().getId() + "); correct it when the job has ended");
        }
        PageUnderstanding row = understandings.of(page.getId()).orElse(null);
        if (docType != null && (row == null || !docType.equals(row.getDocType()))) {
            TypeDefinition type = types.current(docType)
                    .orElseThrow(() -> new InvalidRequestException("UNKNOWN_TYPE", "There is no document type " + docType));
            understandings.retype(documentId, page.getId(), type);
            row = understandings.of(page.getId()).orElseThrow();
        }
        if (row == null) {
            throw new ConflictException("NOT_CLASSIFIED", "Page " + pageNumber + " of document " + documentId
                    + " has no type yet; give one with docType");
        }
        TypeDefinition type = types.version(row.getDocType(), row.getTypeVersion());
        if (!fields.isEmpty() && type.isUnknown()) {
            throw new InvalidRequestException("UNKNOWN_TYPE_HAS_NO_FIELDS", "A page of type unknown has no fields; give its docType");
        }
        JsonObject properties = type.schema().getJsonObject("properties");
        for (Map.Entry<String, JsonValue> field : fields.entrySet()) {
            if (properties == null || !properties.containsKey(field.getKey())) {
                throw new InvalidRequestException("UNKNOWN_FIELD", "Type " + type.name() + " has no field " + field.getKey());
            }
            understandings.correct(page.getId(), field.getKey(), field.getValue(), user);
        }
        Map<String, FieldValue> found = row.getExtraction() == null ? Map.of()
                : ExtractionJson.fields(ExtractionJson.parse(row.getExtraction()));
        Extractions.Result result = type.isUnknown() ? null
                : extractions.page(type, row.getConfidence(), found, understandings.corrections(page.getId()));
        understandings.corrected(row, result);
        documentFields.update(documentId);
        events.record(listed.job().getId(), pageNumber, EventType.FIELDS_CORRECTED, (user == null ? "someone" : user)
                + " set " + (docType == null ? "" : "type " + docType + (fields.isEmpty() ? "" : ", "))
                + (fields.isEmpty() ? "" : "fields " + String.join(", ", fields.keySet())));
        exports.rewrite(listed.job().getId());
        return understandings.of(page.getId()).orElseThrow();
    }
}
