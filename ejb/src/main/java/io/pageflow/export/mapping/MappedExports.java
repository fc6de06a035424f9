package io.pageflow.export.mapping;

import java.util.Map;
import java.util.function.Function;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import io.pageflow.document.Document;
import io.pageflow.error.ConflictException;
import io.pageflow.error.NotFoundException;
import io.pageflow.understanding.ExtractionJson;
import io.pageflow.understanding.FieldValue;
import io.pageflow.understanding.TypeDefinition;

/**
 * A document's fields as the XML a named mapping describes, made at request time from the document's merged
 * extraction (so it follows every correction without being stored). A mapping is for one document type: asked
 * for a document of another type, it answers 409 {@code MAPPING_TYPE_MISMATCH}, since the document's type is
 * its current state (a correction may change it).
 */
@Stateless
public class MappedExports {

    @PersistenceContext(unitName = "pageflow")
    EntityManager em;

    @Inject
    ExportMappings mappings;

    public byte[] render(long jobId, long documentId, String mappingName) {
        ExportMapping row = mappings.row(mappingName, null);
        Mapping mapping = mappings.mapping(row);
        Document document = em.find(Document.class, documentId);
        if (document == null) {
            throw new NotFoundException("Document " + documentId + " does not exist");
        }
        String docType = document.getDocType() == null ? TypeDefinition.UNKNOWN : document.getDocType();
        if (!docType.equals(mapping.docType())) {
            throw new ConflictException("MAPPING_TYPE_MISMATCH", "Export mapping " + mappingName + " is for documents of"
                    + " type " + mapping.docType() + "; document " + documentId + " is " + docType);
        }
        JsonObject extraction = document.getExtraction() == null ? JsonValue.EMPTY_JSON_OBJECT
                : ExtractionJson.parse(document.getExtraction());
        return MappedXml.write(mapping, values(extraction, Map.of(
                "$documentId", Json.createValue(documentId),
                "$jobId", Json.createValue(jobId),
                "$docType", Json.createValue(docType),
                "$typeVersion", extraction.getOrDefault("typeVersion", JsonValue.NULL),
                "$title", document.getTitle() == null ? JsonValue.NULL : Json.createValue(document.getTitle()))));
    }

    /** A field's value from the merged extraction ({@code fields.NAME.value}), or a metadata key's. */
    static Function<String, JsonValue> values(JsonObject extraction, Map<String, JsonValue> metadata) {
        Map<String, FieldValue> fields = ExtractionJson.fields(extraction);
        return name -> {
            if (name.startsWith("$")) {
                return metadata.get(name);
            }
            FieldValue field = fields.get(name);
            return field == null ? null : field.value();
        };
    }
}
