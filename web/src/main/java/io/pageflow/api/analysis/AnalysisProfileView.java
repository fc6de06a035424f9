package io.pageflow.api.analysis;

import java.time.OffsetDateTime;

import jakarta.json.JsonObject;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.pageflow.analysis.profile.AnalysisProfile;
import io.pageflow.analysis.profile.ProfileDefinition;
import io.pageflow.understanding.type.DocumentTypes;

/** One version of an analysis profile. */
@Schema(name = "AnalysisProfile")
public record AnalysisProfileView(String name, int version, String description, String engine,
        OffsetDateTime createdAt, String createdBy,
        @Schema(type = SchemaType.OBJECT, description = "description, prompt (template: {{page}}, {{text}}), "
                + "schema (JSON Schema of a page's result), engine (local or llm), local knobs; see docs/analysis.md")
        JsonObject definition) {

    static AnalysisProfileView of(AnalysisProfile row) {
        JsonObject definition = DocumentTypes.parse(row.getDefinition());
        return new AnalysisProfileView(row.getName(), row.getVersion(), definition.getString("description", ""),
                definition.getString("engine", ProfileDefinition.LOCAL), row.getCreatedAt(), row.getCreatedBy(),
                definition);
    }
}
