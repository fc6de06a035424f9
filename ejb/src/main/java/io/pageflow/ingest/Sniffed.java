package io.pageflow.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An uploaded file whose type is known, with its bytes still to be stored. Types judged by more than their
 * first bytes were spooled to a temporary file to be read whole; closing removes it.
 *
 * @param spool the temporary copy the content is read from, or null when it streams from the upload
 */
record Sniffed(FileType type, InputStream content, Path spool) implements Closeable {

    @Override
    public void close() throws IOException {
        try {
            content.close();
        } finally {
            if (spool != null) {
                Files.deleteIfExists(spool);
            }
        }
    }
}
