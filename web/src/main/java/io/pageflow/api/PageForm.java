package io.pageflow.api;

import java.io.File;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The multipart form that replaces one page, for the OpenAPI document only. */
@Schema(name = "PageForm")
public class PageForm {

    @Schema(required = true, description = "The page: an image (PNG, JPEG, TIFF, WebP) or a one-page PDF")
    public File file;
}
