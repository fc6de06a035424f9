/**
 * A labelled test set made on demand: GST tax invoices and e-way bills in several layouts, and pages that look
 * like them but are not (purchase orders, delivery challans, quotations, bank statements, letters, research
 * papers…), each with its ground truth, as text lines, as a born-digital PDF and as a "scanned" image.
 * Deterministic for a seed. Shipped in the EJB module's test-jar for the integration tests.
 */
package io.pageflow.understanding.samples;
