package io.pageflow.api.analysis;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body that starts an analysis: which profile to run over the document's pages. */
@Schema(name = "NewAnalysis")
public record NewAnalysis(
        @Schema(required = true, description = "An analysis profile's name; its current version runs", example = "topics")
        @NotNull @Pattern(regexp = "^[a-z][a-z0-9_]{0,62}$") String profile) {
}
