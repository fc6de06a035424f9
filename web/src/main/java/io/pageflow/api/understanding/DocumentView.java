package io.pageflow.api.understanding;

import java.time.OffsetDateTime;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.pageflow.document.Document;
import io.pageflow.document.DocumentQueries.Listed;
import io.pageflow.understanding.ExtractionJson;

/**
 * A document: its title (or its first file's name), its status ({@code processing | ready | failed}, from its
 * latest job), its type once classified,
 * and its key fields' values ({@code {name: value}}; the full extraction is at {@code /documents/{id}/extraction}).
 */
@Schema(name = "Document")
public record DocumentView(long id, String title, String status, String docType, long jobId, String jobStatus,
        Integer pageCount, OffsetDateTime createdAt,
        @Schema(type = SchemaType.OBJECT, description = "field name → value") JsonObject fields) {

    public static DocumentView of(Listed listed) {
        Document d = listed.document();
        return new DocumentView(d.getId(), listed.job().getTitle(), listed.status().label(), d.getDocType(), listed.job().getId(),
                listed.job().getStatus().label(), d.getPageCount(), d.getCreatedAt(), values(d.getExtraction()));
    }

    private static JsonObject values(String extraction) {
        if (extraction == null) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        JsonObjectBuilder values = Json.createObjectBuilder();
        ExtractionJson.fields(ExtractionJson.parse(extraction)).forEach((name, field) -> values.add(name, field.value()));
        return values.build();
    }
}
