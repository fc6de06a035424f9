/**
 * Mapped XML exports: a named, versioned mapping (data, like document types) says how one document type's
 * fields become someone else's XML elements and attributes; the XML is written with StAX from the document's
 * merged extraction when it is asked for ({@code GET /api/jobs/{id}/result?format=xml&mapping=NAME}).
 */
package io.pageflow.export.mapping;
