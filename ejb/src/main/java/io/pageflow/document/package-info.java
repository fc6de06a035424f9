/**
 * Documents, the files they were uploaded as, and their pages: the units the pipeline works on and the
 * rows a user reads to see what happened to each page.
 */
package io.pageflow.document;
