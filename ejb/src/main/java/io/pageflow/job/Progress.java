package io.pageflow.job;

/**
 * A job's progress in percent, derived from its stage and page counts. Stages are weighted by the work
 * they usually take: split 5 %, pages 80 %, classify and extract 2 %, index 8 %, export 5 %. Stored with
 * {@code GREATEST(progress, new)} so that it never goes back.
 */
public final class Progress {

    static final int SPLIT_DONE = 5;
    static final int PAGES_WEIGHT = 80;
    static final int INDEX_DONE = 95;

    private Progress() {
    }

    /** Progress once the document is split and {@code finished} of {@code total} pages are done or failed. */
    public static int pages(int finished, int total) {
        if (total <= 0) {
            return SPLIT_DONE;
        }
        int bounded = Math.max(0, Math.min(finished, total));
        return SPLIT_DONE + (int) ((long) PAGES_WEIGHT * bounded / total);
    }

    public static int splitDone() {
        return SPLIT_DONE;
    }

    public static int classifyStarted() {
        return SPLIT_DONE + PAGES_WEIGHT;
    }

    public static int extractStarted() {
        return classifyStarted() + 1;
    }

    public static int indexStarted() {
        return extractStarted() + 1;
    }

    public static int indexDone() {
        return INDEX_DONE;
    }

    /** The export is written; the conversion gateway's answer is what is left. */
    public static int gatewayStarted() {
        return INDEX_DONE + 2;
    }

    public static int completed() {
        return 100;
    }
}
