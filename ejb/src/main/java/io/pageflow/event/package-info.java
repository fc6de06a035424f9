/**
 * The audit trail of each job: stages started and finished, pages completed or failed, retries, expired
 * leases, user actions; with the time and the node that did it.
 */
package io.pageflow.event;
