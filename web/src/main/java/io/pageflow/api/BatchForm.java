package io.pageflow.api;

import java.io.File;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The multipart form of {@code POST /api/batches}, for the OpenAPI document only. */
@Schema(name = "BatchForm")
public class BatchForm {

    @Schema(required = true, description = "One ZIP archive of PDFs and page images")
    public File file;

    @Schema(description = "Tesseract language(s) for OCR of every entry, e.g. eng or eng+deu", defaultValue = "eng")
    public String language;
}
