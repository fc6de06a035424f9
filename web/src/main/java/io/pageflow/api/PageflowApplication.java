package io.pageflow.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The Pageflow REST API under {@code /api}; its OpenAPI document is served at {@code /openapi}. */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info = @Info(title = "Pageflow", version = "1",
                description = "Document ingestion: upload PDFs or page images, follow the job page by page, "
                        + "read the text, search the chunks and fetch the export."),
        tags = {
                @Tag(name = "jobs", description = "Submit documents and follow their processing"),
                @Tag(name = "documents", description = "Pages of a document: text and image"),
                @Tag(name = "search", description = "Semantic search over the chunks of all documents")
        })
public class PageflowApplication extends Application {
}
