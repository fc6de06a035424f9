/**
 * The error taxonomy: codes a user can search for, each retryable or terminal, and the single mapping from
 * exceptions to those codes. Pages and jobs store the code and message they failed with.
 */
package io.pageflow.error;
