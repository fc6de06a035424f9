package io.pageflow.api.understanding;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.pageflow.understanding.ReviewQueue;

/** A page waiting for a person, and why ({@code unknown}, {@code low-confidence}, {@code invalid}, {@code error}). */
@Schema(name = "ReviewItem")
public record ReviewItemView(long documentId, int pageNumber, String docType, double confidence, Boolean valid,
        String errorCode, List<String> reasons, OffsetDateTime classifiedAt) {

    static ReviewItemView of(ReviewQueue.Item item) {
        var u = item.understanding();
        return new ReviewItemView(item.documentId(), item.pageNumber(), u.getDocType(), u.getConfidence(), u.getValid(),
                u.getErrorCode(), item.reasons().stream().map(ReviewQueue.Reason::label).toList(), u.getClassifiedAt());
    }
}
