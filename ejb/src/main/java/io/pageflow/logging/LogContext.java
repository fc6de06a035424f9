package io.pageflow.logging;

import java.util.List;

import org.jboss.logging.MDC;

/**
 * The keys of the logging context and the one way they are set and cleared. Threads are pooled: whoever sets
 * the context clears it in a {@code finally}, or the next message on the thread would carry this one's job.
 */
public final class LogContext {

    public static final String JOB_ID = "jobId";
    public static final String PAGE_NUMBER = "pageNumber";
    public static final String STAGE = "stage";
    public static final String NODE = "node";
    /** The authenticated caller of a request; unset until the API has authentication. */
    public static final String USER = "user";
    /** Only on a stage's end line: how long it took. */
    public static final String DURATION_MS = "durationMs";

    private static final List<String> KEYS = List.of(JOB_ID, PAGE_NUMBER, STAGE, NODE, USER, DURATION_MS);
    private static final String NODE_NAME = System.getProperty("jboss.node.name", "pageflow");

    private LogContext() {
    }

    /** A stage message about to be handled: page 0 means the message is about the whole job. */
    public static void work(String stage, long jobId, int pageNumber) {
        clear();
        MDC.put(NODE, NODE_NAME);
        MDC.put(STAGE, stage);
        MDC.put(JOB_ID, Long.toString(jobId));
        if (pageNumber > 0) {
            MDC.put(PAGE_NUMBER, Integer.toString(pageNumber));
        }
    }

    /** A request about to be handled; the job when its path names one, the user when there is one. */
    public static void request(String user, Long jobId) {
        clear();
        MDC.put(NODE, NODE_NAME);
        if (user != null) {
            MDC.put(USER, user);
        }
        if (jobId != null) {
            job(jobId);
        }
    }

    /** The job the current request or message turned out to be about (e.g. the one an upload created). */
    public static void job(long jobId) {
        MDC.put(JOB_ID, Long.toString(jobId));
    }

    /** The page a line is about, within a message about a whole slice of pages; 0 for none. */
    public static void page(int pageNumber) {
        if (pageNumber > 0) {
            MDC.put(PAGE_NUMBER, Integer.toString(pageNumber));
        } else {
            MDC.remove(PAGE_NUMBER);
        }
    }

    public static void duration(long millis) {
        MDC.put(DURATION_MS, Long.toString(millis));
    }

    /** Removes Pageflow's keys, and only those. */
    public static void clear() {
        KEYS.forEach(MDC::remove);
    }
}
