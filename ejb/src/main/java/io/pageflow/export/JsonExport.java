package io.pageflow.export;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;

/** Writes an export as one JSON document, streaming (no object tree in memory). */
final class JsonExport {

    private JsonExport() {
    }

    static byte[] write(ExportContent content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = Json.createGenerator(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8))) {
            json.writeStartObject()
                    .write("jobId", content.jobId())
                    .writeStartObject("document")
                    .write("id", content.documentId());
            writeNullable(json, "title", content.title());
            json.write("language", content.language())
                    .write("pageCount", content.pageCount())
                    .write("createdAt", content.createdAt().toString());
            writeNullable(json, "docType", content.docType());
            if (content.extraction() != null) {
                json.write("extraction", content.extraction());
            }
            json.writeEnd();
            json.writeStartArray("pages");
            for (ExportContent.PageEntry page : content.pages()) {
                json.writeStartObject().write("number", page.number()).write("status", page.status());
                writeNullable(json, "textSource", page.textSource());
                if (page.confidence() != null) {
                    json.write("confidence", page.confidence());
                }
                writeNullable(json, "errorCode", page.errorCode());
                writeNullable(json, "text", page.text());
                if (page.docType() != null) {
                    json.write("docType", page.docType()).write("typeConfidence", page.typeConfidence());
                }
                if (page.fields() != null) {
                    json.write("fields", page.fields());
                }
                json.writeEnd();
            }
            json.writeEnd();
            json.writeStartArray("chunks");
            for (ExportContent.ChunkEntry chunk : content.chunks()) {
                json.writeStartObject()
                        .write("id", chunk.id())
                        .write("seq", chunk.seq())
                        .write("pageStart", chunk.pageStart())
                        .write("pageEnd", chunk.pageEnd())
                        .write("text", chunk.text())
                        .writeEnd();
            }
            json.writeEnd().writeEnd();
        }
        return out.toByteArray();
    }

    private static void writeNullable(JsonGenerator json, String name, String value) {
        if (value == null) {
            json.writeNull(name);
        } else {
            json.write(name, value);
        }
    }
}
