/** What document types and export mappings share: named definitions that change only by a new version. */
package io.pageflow.versioned;
