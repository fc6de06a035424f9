package io.pageflow.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of a page review. */
@Schema(name = "ReviewRequest")
public record ReviewRequest(
        @Schema(required = true, enumeration = {"approved", "rejected", "unreviewed"})
        @NotNull @Pattern(regexp = "^(approved|rejected|unreviewed)$") String review,
        @Schema(description = "Why, in a few words (optional)") @Size(max = 2000) String note) {
}
