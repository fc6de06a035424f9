package io.pageflow.api.export;

import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.pageflow.export.mapping.ExportMappings;

/** The body that creates an export mapping (version 1). */
@Schema(name = "NewExportMapping")
public record NewExportMapping(
        @Schema(required = true, description = "Lower-case letters, digits, '_' and '-'", example = "tally-invoice")
        @NotNull @Pattern(regexp = ExportMappings.NAME_PATTERN) String name,
        @Schema(required = true, type = SchemaType.OBJECT, description = "docType, root, namespace, emptyElements, elements")
        @NotNull JsonObject definition) {
}
