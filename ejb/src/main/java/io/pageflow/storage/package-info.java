/**
 * Object storage for raw uploads, page images and exports, behind one interface. The filesystem is the
 * embedded default; keys are deterministic and checked so that nothing is written outside the root.
 */
package io.pageflow.storage;
