package io.pageflow.api.analysis;

import java.time.OffsetDateTime;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.pageflow.analysis.AnalysisPage;
import io.pageflow.analysis.engine.PageItem;
import io.pageflow.understanding.type.DocumentTypes;

/** One page of an analysis or consolidation: its status, attempts, result or failure, and a line saying so. */
@Schema(name = "AnalysisPage")
public record AnalysisPageView(int pageNumber, String status, int attempts,
        @Schema(description = "e.g. Page 45: completed — topic: \"fractions\", subtopic: \"adding-like-fractions\"")
        String summary,
        String topic, String subtopic, int items,
        @Schema(type = SchemaType.OBJECT, description = "The page's result, valid against the profile's schema")
        JsonObject result,
        String errorCode, String errorMessage, Boolean retryable, String engine, int tokensIn, int tokensOut,
        OffsetDateTime startedAt, OffsetDateTime completedAt) {

    static AnalysisPageView of(AnalysisPage page) {
        JsonObject result = page.getResult() == null ? null : DocumentTypes.parse(page.getResult());
        var items = PageItem.of(result);
        String topic = items.isEmpty() ? null : items.get(0).topic();
        String subtopic = items.isEmpty() || items.get(0).name().equals(topic) ? null : items.get(0).name();
        String status = page.getStatus().label();
        StringBuilder summary = new StringBuilder("Page ").append(page.getPageNumber()).append(": ").append(status);
        if (page.getErrorCode() != null) {
            summary.append(" — ").append(page.getErrorCode())
                    .append(Boolean.TRUE.equals(page.getRetryable()) ? " (retryable)" : " (terminal)");
        } else if (topic != null) {
            summary.append(" — topic: \"").append(topic).append('"');
            if (subtopic != null) {
                summary.append(", subtopic: \"").append(subtopic).append('"');
            }
        } else if (result != null && page.getItemKeys() != null && page.getItemKeys().length == 0
                && result.get("topics") instanceof JsonArray) {
            summary.append(" — no topics");
        }
        return new AnalysisPageView(page.getPageNumber(), status, page.getAttempts(), summary.toString(), topic,
                subtopic, page.getItemKeys() == null ? 0 : page.getItemKeys().length, result, page.getErrorCode(),
                page.getErrorMessage(), page.getRetryable(), page.getEngine(), page.getTokensIn(), page.getTokensOut(),
                page.getStartedAt(), page.getCompletedAt());
    }
}
