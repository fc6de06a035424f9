package io.pageflow.ingest;

/** The upload's files are those of a document already stored (answered 409 with a link to its job). */
public class DuplicateDocumentException extends RuntimeException {

    private final long documentId;
    private final long jobId;

    public DuplicateDocumentException(long documentId, long jobId) {
        super("These files are already stored as document " + documentId + " (job " + jobId
                + "); send onDuplicate=reuse to get that job, or onDuplicate=store to store them again.");
        this.documentId = documentId;
        this.jobId = jobId;
    }

    public long documentId() {
        return documentId;
    }

    public long jobId() {
        return jobId;
    }
}
