package io.pageflow.api.understanding;

import java.util.List;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.pageflow.understanding.ExtractionJson;
import io.pageflow.understanding.TypeDefinition;

/** A document's type and its fields merged over its pages of that type ({@code pages}). */
@Schema(name = "DocumentExtraction")
public record DocumentExtractionView(long documentId, int schemaVersion, String docType, Integer typeVersion,
        double confidence, List<Integer> pages,
        @Schema(type = SchemaType.OBJECT, description = "name → {value, confidence, source, evidence}") JsonObject fields,
        PageExtractionView.ValidationView validation) {

    static DocumentExtractionView of(long documentId, String docType, String stored) {
        if (stored == null) {
            return new DocumentExtractionView(documentId, ExtractionJson.SCHEMA_VERSION,
                    docType == null ? TypeDefinition.UNKNOWN : docType, null, 0, List.of(), JsonValue.EMPTY_JSON_OBJECT,
                    null);
        }
        JsonObject json = ExtractionJson.parse(stored);
        return new DocumentExtractionView(documentId, json.getInt("schemaVersion"), json.getString("docType"),
                json.getInt("typeVersion"), json.getJsonNumber("confidence").doubleValue(),
                json.getJsonArray("pages").getValuesAs(JsonNumber.class).stream().map(JsonNumber::intValue).toList(),
                json.getJsonObject("fields"), PageExtractionView.ValidationView.of(json));
    }
}
