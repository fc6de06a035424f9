/** The API of document types, extractions, corrections, the review queue and the document list. */
package io.pageflow.api.understanding;
