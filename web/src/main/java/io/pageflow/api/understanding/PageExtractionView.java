package io.pageflow.api.understanding;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.pageflow.understanding.ExtractionJson;
import io.pageflow.understanding.PageUnderstanding;

/**
 * What a page is and what it says: its type with the engine's confidence and best three scores, and, for a
 * known type, its fields (each {@code {value, confidence, source, evidence}}) with their validation.
 */
@Schema(name = "PageExtraction")
public record PageExtractionView(long documentId, int pageNumber, int schemaVersion, String docType, int typeVersion,
        double confidence, String engine, List<TypeScoreView> scores,
        @Schema(type = SchemaType.OBJECT, description = "name → {value, confidence, source (rules|llm|human), evidence}")
        JsonObject fields,
        ValidationView validation, boolean needsReview, String errorCode, String errorMessage, int tokensIn,
        int tokensOut, OffsetDateTime classifiedAt, OffsetDateTime extractedAt) {

    private static ValidationView validation(PageUnderstanding u, JsonObject extraction, JsonObject document) {
        ValidationView page = ValidationView.of(extraction);
        if (page == null) {
            return null;
        }
        List<String> errors = new java.util.ArrayList<>(page.errors());
        ValidationView whole = document == null || !u.getDocType().equals(document.getString("docType", null)) ? null
                : ValidationView.of(document);
        if (whole != null) {
            whole.errors().forEach(error -> errors.add("document: " + error));
        }
        return new ValidationView(!Boolean.FALSE.equals(u.getValid()) && page.valid(), List.copyOf(errors));
    }

    /** How well the page fits one type. */
    @Schema(name = "TypeScore")
    public record TypeScoreView(String docType, double score) {
    }

    /** Whether the fields satisfy their type's schema; each broken rule as a line. */
    @Schema(name = "Validation")
    public record ValidationView(boolean valid, List<String> errors) {

        static ValidationView of(JsonObject extraction) {
            JsonObject validation = extraction == null ? null : extraction.getJsonObject("validation");
            if (validation == null) {
                return null;
            }
            return new ValidationView(validation.getBoolean("valid", false),
                    validation.getJsonArray("errors").getValuesAs(jakarta.json.JsonString.class).stream()
                            .map(jakarta.json.JsonString::getString).toList());
        }
    }

    /**
     * @param document the document's merged extraction, or null: when it is of the page's type and invalid, its
     *                 errors are the page's too (a required field missing from every page of the document)
     */
    static PageExtractionView of(int pageNumber, PageUnderstanding u, JsonObject document) {
        JsonObject extraction = u.getExtraction() == null ? null : ExtractionJson.parse(u.getExtraction());
        List<TypeScoreView> scores = ExtractionJson.parse(u.getScores()).getJsonArray("top").stream()
                .map(JsonValue::asJsonObject)
                .map(s -> new TypeScoreView(s.getString("docType"), s.getJsonNumber("score").doubleValue()))
                .toList();
        return new PageExtractionView(u.getDocumentId(), pageNumber, ExtractionJson.SCHEMA_VERSION, u.getDocType(),
                u.getTypeVersion(), u.getConfidence(), u.getEngine(), scores,
                extraction == null ? JsonValue.EMPTY_JSON_OBJECT : extraction.getJsonObject("fields"),
                validation(u, extraction, document), u.isNeedsReview(), u.getErrorCode(), u.getErrorMessage(), u.getTokensIn(),
                u.getTokensOut(), u.getClassifiedAt(), u.getExtractedAt());
    }
}
