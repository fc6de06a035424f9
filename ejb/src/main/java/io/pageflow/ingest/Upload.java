package io.pageflow.ingest;

import java.io.IOException;
import java.io.InputStream;

/** One file of an upload as the web layer received it; it can be opened more than once. */
public interface Upload {

    String fileName();

    long size();

    InputStream open() throws IOException;
}
