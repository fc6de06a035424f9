package io.pageflow.api.understanding;

import jakarta.json.JsonObject;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person's correction of a page: its type, its fields, or both. */
@Schema(name = "CorrectionRequest")
public record CorrectionRequest(
        @Schema(description = "The page's type, when the engine got it wrong (e.g. bill, eway_bill, unknown)")
        @Pattern(regexp = "^[a-z][a-z0-9_]{0,62}$") String docType,
        @Schema(type = SchemaType.OBJECT, description = "name → value, normalised as the type's schema says "
                + "(dates yyyy-MM-dd, amounts as numbers); null says the field is not on the page")
        JsonObject fields) {
}
