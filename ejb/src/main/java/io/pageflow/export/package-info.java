/**
 * The export stage: the document's metadata, every page's text and the chunks with their page ranges,
 * written as JSON and XML result objects, after which the job is complete.
 */
package io.pageflow.export;
