package io.pageflow.batch;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

/**
 * A {@link RunSummary} as stored in {@code batch_summary.summary}: the same names as the API's, so that the stored
 * row reads on its own (e.g. in psql). Written and read with JSON-P; amounts are JSON numbers, written exactly.
 */
final class RunSummaryJson {

    private RunSummaryJson() {
    }

    static String write(RunSummary s) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("batchId", s.batchId())
                .add("version", s.version())
                .add("createdAt", s.createdAt().toString());
        text(json, "fileName", s.fileName());
        text(json, "errorCode", s.errorCode());
        text(json, "errorMessage", s.errorMessage());
        json.add("startedAt", s.startedAt().toString())
                .add("endedAt", s.endedAt().toString())
                .add("durationMs", s.durationMs())
                .add("fileCount", s.fileCount())
                .add("byStatus", counts(s.byStatus()))
                .add("byDocType", counts(s.byDocType()));
        JsonArrayBuilder amounts = Json.createArrayBuilder();
        for (RunSummary.TypeAmount a : s.amounts()) {
            amounts.add(Json.createObjectBuilder().add("docType", a.docType()).add("field", a.field())
                    .add("total", a.total()).add("documents", a.documents()).add("missing", a.missing()));
        }
        JsonArrayBuilder files = Json.createArrayBuilder();
        for (RunSummary.FileOutcome f : s.files()) {
            JsonObjectBuilder file = Json.createObjectBuilder().add("position", f.position()).add("name", f.name());
            number(file, "jobId", f.jobId());
            number(file, "documentId", f.documentId());
            file.add("status", f.status());
            text(file, "docType", f.docType());
            if (f.amount() == null) {
                file.addNull("amount");
            } else {
                file.add("amount", f.amount());
            }
            file.add("pages", f.pages()).add("pagesFailed", f.pagesFailed());
            text(file, "errorCode", f.errorCode());
            text(file, "errorMessage", f.errorMessage());
            files.add(file);
        }
        return json.add("amounts", amounts).add("files", files).build().toString();
    }

    static RunSummary read(String stored) {
        JsonObject s;
        try (JsonReader reader = Json.createReader(new StringReader(stored))) {
            s = reader.readObject();
        }
        List<RunSummary.TypeAmount> amounts = s.getJsonArray("amounts").getValuesAs(JsonObject.class).stream()
                .map(a -> new RunSummary.TypeAmount(a.getString("docType"), a.getString("field"),
                        a.getJsonNumber("total").bigDecimalValue(), a.getInt("documents"), a.getInt("missing")))
                .toList();
        List<RunSummary.FileOutcome> files = s.getJsonArray("files").getValuesAs(JsonObject.class).stream()
                .map(f -> new RunSummary.FileOutcome(f.getInt("position"), f.getString("name"), longOrNull(f, "jobId"),
                        longOrNull(f, "documentId"), f.getString("status"), textOrNull(f, "docType"),
                        decimalOrNull(f, "amount"), f.getInt("pages"), f.getInt("pagesFailed"),
                        textOrNull(f, "errorCode"), textOrNull(f, "errorMessage")))
                .toList();
        return new RunSummary(s.getJsonNumber("batchId").longValue(), s.getInt("version"),
                OffsetDateTime.parse(s.getString("createdAt")), textOrNull(s, "fileName"), textOrNull(s, "errorCode"),
                textOrNull(s, "errorMessage"), OffsetDateTime.parse(s.getString("startedAt")),
                OffsetDateTime.parse(s.getString("endedAt")), s.getJsonNumber("durationMs").longValue(),
                s.getInt("fileCount"), statusCounts(s.getJsonObject("byStatus")), new TreeMap<>(counts(s.getJsonObject("byDocType"))),
                amounts, files);
    }

    private static JsonObjectBuilder counts(Map<String, Integer> counts) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        counts.forEach(json::add);
        return json;
    }

    /** The outcomes in their usual order (JSONB keeps keys in an order of its own). */
    private static Map<String, Integer> statusCounts(JsonObject json) {
        Map<String, Integer> stored = new TreeMap<>(counts(json));
        Map<String, Integer> ordered = new LinkedHashMap<>();
        RunSummaries.OUTCOMES.forEach(outcome -> ordered.put(outcome, stored.getOrDefault(outcome, 0)));
        ordered.putAll(stored);
        return ordered;
    }

    private static Map<String, Integer> counts(JsonObject json) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        json.forEach((key, value) -> counts.put(key, ((JsonNumber) value).intValue()));
        return counts;
    }

    private static void text(JsonObjectBuilder json, String name, String value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }

    private static void number(JsonObjectBuilder json, String name, Long value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }

    private static String textOrNull(JsonObject json, String name) {
        return json.isNull(name) ? null : json.getString(name);
    }

    private static Long longOrNull(JsonObject json, String name) {
        return json.isNull(name) ? null : json.getJsonNumber(name).longValue();
    }

    private static BigDecimal decimalOrNull(JsonObject json, String name) {
        JsonValue value = json.get(name);
        return value instanceof JsonNumber number ? number.bigDecimalValue() : null;
    }
}
