/**
 * What a log line is about: the job, page, stage, node and user of the message or request being handled, put in
 * the logging context (MDC) where the handling starts and removed where it ends, so that every line written in
 * between carries them. The server writes them as the {@code mdc} object of each line of {@code pageflow.json}.
 */
package io.pageflow.logging;
