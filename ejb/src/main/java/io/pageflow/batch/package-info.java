/**
 * ZIP batches: an archive whose entries each become their own document and job, read as a stream with
 * limits on entries, size and compression ratio, and a summary row per entry so that no file is lost.
 */
package io.pageflow.batch;
