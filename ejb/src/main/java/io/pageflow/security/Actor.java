package io.pageflow.security;

/**
 * The user on whose behalf the current thread works, set by the web layer for the length of a request. The
 * services a request calls run on its thread (local EJB calls), so new documents, jobs and batches take it as
 * their owner and events as their actor without every signature carrying it. The pipeline's own threads have
 * none: their events have no actor, their jobs the document's owner.
 */
public final class Actor {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();
    private static final ThreadLocal<String> SEES_ONLY = new ThreadLocal<>();

    private Actor() {
    }

    /**
     * @param user     who acts
     * @param seesOnly the owner whose rows alone lists and search may show (a submitter's own name), or
     *                 {@code null} when the user sees everyone's
     */
    public static void set(String user, String seesOnly) {
        CURRENT.set(user);
        SEES_ONLY.set(seesOnly);
    }

    public static void clear() {
        CURRENT.remove();
        SEES_ONLY.remove();
    }

    /**
     * The owner that lists and search must keep to on this thread, or {@code null} for all. Queries that list
     * across documents read it, so that a submitter's request never returns others' rows (docs/security.md).
     */
    public static String seesOnly() {
        return SEES_ONLY.get();
    }

    /** The acting user's name, or {@code null} on the pipeline's threads. */
    public static String current() {
        return CURRENT.get();
    }
}
