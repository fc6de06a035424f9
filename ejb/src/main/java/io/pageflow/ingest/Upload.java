package io.pageflow.ingest;

import java.io.InputStream;

/**
 * One file of an upload as the web layer received it, read once.
 *
 * @param fileName the name the client gave, for display only (the type is judged by content)
 * @param content  the bytes; the receiver reads it once and closes it
 */
public record Upload(String fileName, InputStream content) {
}
