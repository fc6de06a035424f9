package io.pageflow.api.understanding;

import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body that creates a document type (version 1). */
@Schema(name = "NewDocumentType")
public record NewDocumentType(
        @Schema(required = true, description = "Lower-case letters, digits and underscores", example = "purchase_order")
        @NotNull @Pattern(regexp = "^[a-z][a-z0-9_]{0,62}$") String name,
        @Schema(required = true, type = SchemaType.OBJECT, description = "description, schema, classification, fields, engine")
        @NotNull JsonObject definition) {
}
