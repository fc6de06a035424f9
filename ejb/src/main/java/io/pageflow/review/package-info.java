/** Reviewers' verdicts on pages: approve or reject the text a page produced. */
package io.pageflow.review;
