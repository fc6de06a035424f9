/**
 * Export mappings over HTTP: the named, versioned mappings that shape a job's XML result
 * ({@code GET /api/jobs/{id}/result?format=xml&mapping=NAME}).
 */
package io.pageflow.api.export;
