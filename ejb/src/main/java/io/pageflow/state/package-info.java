/**
 * The one owner of job and page state. The transitions that exist are data ({@link io.pageflow.state.JobTransition},
 * {@link io.pageflow.state.PageTransition}); {@link io.pageflow.state.JobStates} and
 * {@link io.pageflow.state.PageStates} apply each as one update guarded by the state it leaves (zero rows
 * changed = the transition is refused and nothing changes) and write its event to the audit trail in the same
 * transaction; a job's end is announced, in that transaction, as a {@link io.pageflow.state.JobEnded} event
 * (batches store their run summary on it). A page claim commits on its own so that users see the page running; {@link
 * io.pageflow.state.ClaimGuard} gives it back when the work's transaction does not commit, and only claims that
 * are really running in this JVM ({@link io.pageflow.state.InFlightClaims}) have their leases renewed.
 * {@link io.pageflow.state.PostgresStatements} holds the only SQL that is PostgreSQL's own ({@code FOR UPDATE SKIP
 * LOCKED}, {@code ON CONFLICT}, the document id sequence); {@link io.pageflow.state.ShutdownRelease} gives back
 * what a stopping node holds.
 */
package io.pageflow.state;
