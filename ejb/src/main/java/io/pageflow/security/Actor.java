package io.pageflow.security;

/**
 * The user on whose behalf the current thread works, set by the web layer for the length of a request. The
 * services a request calls run on its thread (local EJB calls), so new documents, jobs and batches take it as
 * their owner and events as their actor without every signature carrying it. The pipeline's own threads have
 * none: their events have no actor, their jobs the document's owner.
 */
public final class Actor {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private Actor() {
    }

    public static void set(String user) {
        CURRENT.set(user);
    }

    public static void clear() {
        CURRENT.remove();
    }

    /** The acting user's name, or {@code null} on the pipeline's threads. */
    public static String current() {
        return CURRENT.get();
    }
}
