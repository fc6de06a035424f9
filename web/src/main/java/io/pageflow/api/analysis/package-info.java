/** The API of page analysis: analysis profiles, starting analyses and consolidations, their per-page results. */
package io.pageflow.api.analysis;
