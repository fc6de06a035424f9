/** What document types, export mappings and analysis profiles share: named definitions that change only by a new version. */
package io.pageflow.versioned;
