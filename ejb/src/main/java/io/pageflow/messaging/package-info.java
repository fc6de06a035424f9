/**
 * JMS as the pipeline's doorbell: one queue per stage, messages that name a job (and page) and nothing
 * more, sent in the same transaction as the database writes, and the dead-letter consumer that marks work
 * failed once its deliveries are exhausted.
 */
package io.pageflow.messaging;
