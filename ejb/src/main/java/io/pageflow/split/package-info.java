/**
 * The split stage: turns an uploaded document into pages and creates one page row each. A PDF is read in slices,
 * one pass each: pages with a usable text layer, and blank ones, complete right there; only the pages that need
 * OCR (and uploaded page images) are cut into their own files and get a page message.
 */
package io.pageflow.split;
