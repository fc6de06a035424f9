package io.pageflow.api.analysis;

import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body that creates an analysis profile (version 1). */
@Schema(name = "NewAnalysisProfile")
public record NewAnalysisProfile(
        @Schema(required = true, description = "Lower-case letters, digits and underscores", example = "glossary")
        @NotNull @Pattern(regexp = "^[a-z][a-z0-9_]{0,62}$") String name,
        @Schema(required = true, type = SchemaType.OBJECT, description = "description, prompt, schema, engine")
        @NotNull JsonObject definition) {
}
