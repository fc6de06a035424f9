/**
 * The classify and extract stages. Each runs once a document's pages have their text, one message per
 * slice of pages (the next slice is rung in the same transaction), and hands over to the next stage when no
 * page is left: classify → extract → index.
 */
package io.pageflow.understanding.stage;
