package io.pageflow.state;

import java.util.EnumSet;
import java.util.Set;

import io.pageflow.document.PageStatus;

/**
 * Every way a page's status may change, as a table: the statuses a transition leaves and the one it enters.
 * {@link PageStates} applies each as an update guarded by {@link #from()}; anything not in this table is refused.
 * <pre>
 * pending ──read (at split: text layer, or blank)──▶ completed
 * pending ──claim──▶ processing ──complete──▶ completed
 *    ▲                  │  │ └────fail─────▶ failed
 *    └──release/expire──┘  │                   │
 *    ▲                     └─claim (lease expired, another worker takes over)
 *    └──────────────reset (retry, resume, restart, replace)──── completed | failed
 * </pre>
 */
public enum PageTransition {
    /** A worker takes the page: pending, or processing under an expired lease (its worker is gone). */
    CLAIM(PageStatus.PROCESSING, PageStatus.PENDING, PageStatus.PROCESSING),
    /** The worker's transaction committed the page's text. */
    COMPLETE(PageStatus.COMPLETED, PageStatus.PROCESSING),
    /**
     * The split stage read the page from its text layer, or found it blank, while cutting the document: it
     * completes without a worker ever holding it.
     */
    READ(PageStatus.COMPLETED, PageStatus.PENDING),
    /** A terminal error, attempts used up, or its message given up; pending only when no one holds it. */
    FAIL(PageStatus.FAILED, PageStatus.PROCESSING, PageStatus.PENDING),
    /** The worker gives the page back: its transaction rolled back, a retryable error, or shutdown. */
    RELEASE(PageStatus.PENDING, PageStatus.PROCESSING),
    /** The reaper takes back a page whose lease expired and hands it out again. */
    EXPIRE(PageStatus.PENDING, PageStatus.PROCESSING),
    /** A user runs the page again (retry, resume, restart, replace); never while it is being processed. */
    RESET(PageStatus.PENDING, PageStatus.PENDING, PageStatus.COMPLETED, PageStatus.FAILED);

    private final PageStatus to;
    private final Set<PageStatus> from;

    PageTransition(PageStatus to, PageStatus first, PageStatus... more) {
        this.to = to;
        this.from = EnumSet.of(first, more);
    }

    public PageStatus to() {
        return to;
    }

    /** The statuses this transition may leave. */
    public Set<PageStatus> from() {
        return from;
    }

    public boolean allows(PageStatus status) {
        return from.contains(status);
    }
}
