package io.pageflow.batch;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What became of a ZIP batch.
 *
 * @param errorCode      set when a limit stopped reading the archive (entries before it were taken)
 * @param succeeded      entries whose job completed
 * @param failed         entries refused, or whose job failed or was cancelled
 * @param running        entries whose job is queued or processing
 * @param status         {@code reading} (the archive is still being read), {@code running} (a job is queued or
 *                       processing), {@code ended} (every job ended: the run summary is stored)
 * @param summaryVersion the latest stored run summary's version ({@code GET /api/batches/{id}/summary}), or
 *                       null before the batch first ended
 */
public record BatchSummary(long id, String fileName, OffsetDateTime createdAt, String errorCode, String errorMessage,
        int fileCount, int succeeded, int failed, int running, String status, Integer summaryVersion,
        List<Entry> entries) {

    static final String READING = "reading";
    static final String RUNNING = "running";
    static final String ENDED = "ended";

    static BatchSummary of(long id, String fileName, OffsetDateTime createdAt, String errorCode, String errorMessage,
            boolean read, Integer summaryVersion, List<Entry> entries) {
        int succeeded = (int) entries.stream().filter(e -> e.status().equals("completed")).count();
        int running = (int) entries.stream().filter(e -> e.status().equals("queued") || e.status().equals("processing")).count();
        String status = !read ? READING : running > 0 ? RUNNING : ENDED;
        return new BatchSummary(id, fileName, createdAt, errorCode, errorMessage, entries.size(), succeeded,
                entries.size() - succeeded - running, running, status, summaryVersion, entries);
    }

    /**
     * @param status {@code refused}, or the status of the entry's job
     */
    public record Entry(int position, String name, Long jobId, String status, String errorCode, String errorMessage) {
    }
}
