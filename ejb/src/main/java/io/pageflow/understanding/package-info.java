/**
 * What a page is and what it says in fields: document types (data, versioned), the classify and extract
 * stages that run after a document's pages have their text, the engines they use (rules with embeddings on
 * the machine, optionally an LLM), schema validation, human corrections and the review queue.
 */
package io.pageflow.understanding;
