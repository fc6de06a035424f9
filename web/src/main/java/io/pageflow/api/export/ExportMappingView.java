package io.pageflow.api.export;

import java.time.OffsetDateTime;

import jakarta.json.JsonObject;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.pageflow.export.mapping.ExportMapping;
import io.pageflow.understanding.type.DocumentTypes;

/** One version of an export mapping. */
@Schema(name = "ExportMapping")
public record ExportMappingView(String name, int version, String docType, OffsetDateTime createdAt, String createdBy,
        @Schema(type = SchemaType.OBJECT, description = "docType, root, namespace, emptyElements, elements; see "
                + "docs/understanding.md") JsonObject definition) {

    static ExportMappingView of(ExportMapping row) {
        JsonObject definition = DocumentTypes.parse(row.getDefinition());
        return new ExportMappingView(row.getName(), row.getVersion(), definition.getString("docType", null),
                row.getCreatedAt(), row.getCreatedBy(), definition);
    }
}
