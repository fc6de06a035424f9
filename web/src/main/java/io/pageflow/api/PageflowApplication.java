package io.pageflow.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.ExternalDocumentation;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The Pageflow REST API under {@code /api}; its OpenAPI document is served at {@code /openapi}. Contact, license
 * and external docs are given in full because the server otherwise adds them empty, and openapi-generator
 * refuses a document with an empty license or external docs. The license is in
 * {@code META-INF/microprofile-config.properties}: OpenAPI 3.1 wants its identifier, which these annotations
 * cannot carry.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info = @Info(title = "Pageflow", version = "1",
                description = "Document ingestion: upload PDFs or page images, follow the job page by page, "
                        + "read the text, search the chunks and fetch the export.",
                contact = @Contact(name = "Pageflow")),
        externalDocs = @ExternalDocumentation(description = "The admin console, served beside the API", url = "/"),
        tags = {
                @Tag(name = "jobs", description = "Submit documents and follow their processing"),
                @Tag(name = "documents", description = "Pages of a document: text and image"),
                @Tag(name = "search", description = "Semantic search over the chunks of all documents")
        },
        // the paging headers of every list, referenced from each list's 200 answer by PagedListHeaders
        components = @Components(headers = {
                @Header(name = Paging.TOTAL_COUNT, description = Paging.TOTAL_COUNT_DESCRIPTION,
                        schema = @Schema(type = SchemaType.INTEGER, format = "int64")),
                @Header(name = "Link", description = Paging.LINK_DESCRIPTION, schema = @Schema(type = SchemaType.STRING))
        }))
public class PageflowApplication extends Application {
}
