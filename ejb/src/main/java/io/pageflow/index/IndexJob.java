package io.pageflow.index;

import java.util.Properties;

import jakarta.batch.runtime.context.JobContext;

/** Name and parameters of the Jakarta Batch job that chunks, embeds and stores a document. */
final class IndexJob {

    static final String NAME = "index-document";
    static final String JOB_ID = "jobId";
    static final String DOCUMENT_ID = "documentId";

    private IndexJob() {
    }

    static Properties parameters(long jobId, long documentId) {
        Properties parameters = new Properties();
        parameters.setProperty(JOB_ID, Long.toString(jobId));
        parameters.setProperty(DOCUMENT_ID, Long.toString(documentId));
        return parameters;
    }

    static long jobId(JobContext context) {
        return Long.parseLong(context.getProperties().getProperty(JOB_ID));
    }

    static long documentId(JobContext context) {
        return Long.parseLong(context.getProperties().getProperty(DOCUMENT_ID));
    }
}
