/**
 * Conversions to PDF before a document is split: office documents, HTML and plain text go through LibreOffice
 * in headless mode, one at a time per node, each in a process of its own with a deadline. The original stays
 * stored; the PDF is stored beside it as a derived object and split like any uploaded PDF.
 */
package io.pageflow.convert;
