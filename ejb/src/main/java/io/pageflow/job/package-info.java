/**
 * Jobs: one run of the pipeline over a document, with its status, stage, monotonic progress and the error
 * it failed with. All state changes are single SQL statements guarded by the expected current state.
 */
package io.pageflow.job;
