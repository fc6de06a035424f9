/**
 * Upload intake: type checks by content, limits, streaming the raw bytes into storage and creating the
 * document and job rows with the first pipeline message. It answers in milliseconds; the heavy work
 * happens in the stages.
 */
package io.pageflow.ingest;
