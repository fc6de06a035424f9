/**
 * The split stage: turns an uploaded document into pages (single-page PDFs cut with PDFBox, or the page
 * images as uploaded), creates one page row each and fans out one page message each.
 */
package io.pageflow.split;
