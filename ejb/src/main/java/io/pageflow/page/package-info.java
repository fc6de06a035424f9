/**
 * The page stage: how a page is read (its text layer, OCR with Tesseract, or nothing because it is blank), the page
 * files made when first needed (a page's own PDF, its review image), and the fan-in that starts classification once
 * the last page is finished.
 */
package io.pageflow.page;
