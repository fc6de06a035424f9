/**
 * The page stage: text from the PDF's text layer when it is usable, otherwise OCR with Tesseract at 300
 * DPI; the page image for review; and the fan-in that starts indexing once the last page is finished.
 */
package io.pageflow.page;
