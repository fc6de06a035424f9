package io.pageflow.api;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.Part;

import io.pageflow.ingest.Upload;

/** A multipart file part, spooled by the servlet container to a temporary file when large. */
record ServletUpload(Part part) implements Upload {

    @Override
    public String fileName() {
        return part.getSubmittedFileName();
    }

    @Override
    public long size() {
        return part.getSize();
    }

    @Override
    public InputStream open() throws IOException {
        return part.getInputStream();
    }
}
