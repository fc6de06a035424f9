/**
 * The REST API under /api: submit documents, follow jobs and pages, read text and images, search and fetch
 * exports. Errors are RFC 9457 problem-details bodies. The API is a contract: fields are added, never renamed.
 */
package io.pageflow.api;
