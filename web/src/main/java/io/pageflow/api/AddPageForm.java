package io.pageflow.api;

import java.io.File;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The multipart form that adds one page, for the OpenAPI document only. */
@Schema(name = "AddPageForm")
public class AddPageForm {

    @Schema(required = true, description = "The page: an image (PNG, JPEG, TIFF, WebP) or a one-page PDF")
    public File file;

    @Schema(description = "The page number the new page takes (later pages move up by one); the end when absent",
            minimum = "1")
    public Integer position;
}
