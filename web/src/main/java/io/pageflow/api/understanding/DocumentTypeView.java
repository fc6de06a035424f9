package io.pageflow.api.understanding;

import java.time.OffsetDateTime;

import jakarta.json.JsonObject;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.pageflow.understanding.type.DocumentType;
import io.pageflow.understanding.type.DocumentTypes;

/** One version of a document type. */
@Schema(name = "DocumentType")
public record DocumentTypeView(String name, int version, String description, String engine, OffsetDateTime createdAt,
        String createdBy,
        @Schema(type = SchemaType.OBJECT, description = "description, schema (JSON Schema of the fields), "
                + "classification hints, field rules, engine; see docs/understanding.md") JsonObject definition) {

    static DocumentTypeView of(DocumentType row) {
        JsonObject definition = DocumentTypes.parse(row.getDefinition());
        return new DocumentTypeView(row.getName(), row.getVersion(), definition.getString("description", ""),
                definition.getString("engine", "rules"), row.getCreatedAt(), row.getCreatedBy(), definition);
    }
}
