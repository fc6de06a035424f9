package io.pageflow.export;

import jakarta.json.JsonObject;

import java.time.OffsetDateTime;
import java.util.List;

/** Everything an export holds, read from the database once and written as JSON and as XML. */
record ExportContent(long jobId, long documentId, String title, String language, int pageCount,
        OffsetDateTime createdAt, String docType, JsonObject extraction, List<PageEntry> pages, List<ChunkEntry> chunks) {

    /** {@code docType}, {@code typeConfidence} and {@code fields} are null for a page not classified. */
    record PageEntry(int number, String status, String textSource, Float confidence, String errorCode, String text,
            String docType, Float typeConfidence, JsonObject fields) {
    }

    record ChunkEntry(long id, int seq, int pageStart, int pageEnd, String text) {
    }
}
