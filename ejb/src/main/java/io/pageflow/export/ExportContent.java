package io.pageflow.export;

import java.time.OffsetDateTime;
import java.util.List;

/** Everything an export holds, read from the database once and written as JSON and as XML. */
record ExportContent(long jobId, long documentId, String title, String language, int pageCount,
        OffsetDateTime createdAt, List<PageEntry> pages, List<ChunkEntry> chunks) {

    record PageEntry(int number, String status, String textSource, Float confidence, String errorCode, String text) {
    }

    record ChunkEntry(long id, int seq, int pageStart, int pageEnd, String text) {
    }
}
