/**
 * Problem details (RFC 9457): the one body of every error answer, and one exception mapper per kind of
 * failure, chosen by the exception's type.
 */
package io.pageflow.api.problem;
