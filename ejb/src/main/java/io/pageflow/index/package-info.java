/**
 * The index stage and search: a Jakarta Batch job (reader = chunks of the document's pages with page
 * ranges and overlap, writer = embeddings and chunk rows) and exact vector search over the stored chunks.
 */
package io.pageflow.index;
