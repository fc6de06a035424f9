package io.pageflow.batch;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What became of a ZIP batch.
 *
 * @param errorCode set when a limit stopped reading the archive (entries before it were taken)
 * @param succeeded entries whose job completed
 * @param failed    entries refused, or whose job failed or was cancelled
 * @param running   entries whose job is queued or processing
 */
public record BatchSummary(long id, String fileName, OffsetDateTime createdAt, String errorCode, String errorMessage,
        int fileCount, int succeeded, int failed, int running, List<Entry> entries) {

    static BatchSummary of(long id, String fileName, OffsetDateTime createdAt, String errorCode, String errorMessage,
            List<Entry> entries) {
        int succeeded = (int) entries.stream().filter(e -> e.status().equals("completed")).count();
        int running = (int) entries.stream().filter(e -> e.status().equals("queued") || e.status().equals("processing")).count();
        return new BatchSummary(id, fileName, createdAt, errorCode, errorMessage, entries.size(), succeeded,
                entries.size() - succeeded - running, running, entries);
    }

    /**
     * @param status {@code refused}, or the status of the entry's job
     */
    public record Entry(int position, String name, Long jobId, String status, String errorCode, String errorMessage) {
    }
}
