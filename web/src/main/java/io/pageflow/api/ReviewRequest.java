package io.pageflow.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of a page review. */
@Schema(name = "ReviewRequest")
public record ReviewRequest(
        @Schema(required = true, enumeration = {"approved", "rejected", "unreviewed"}) String review,
        @Schema(description = "Why, in a few words (optional)") String note) {
}
