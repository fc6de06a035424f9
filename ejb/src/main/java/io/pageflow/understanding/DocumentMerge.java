package io.pageflow.understanding;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * A document's fields from its pages' (a type can span pages: an invoice whose totals are on page 2). The
 * document's type is its most frequent known page type (the first such page breaks ties); of that type's
 * pages, each field is taken from the page that is surest of it, a person's correction first; arrays (line
 * items) are joined in page order.
 */
public final class DocumentMerge {

    /** One page's stored extraction. */
    public record PageFields(int pageNumber, String docType, int typeVersion, double confidence, JsonObject extraction) {
    }

    /** The merged fields of the document's type, and the pages they came from. */
    public record Merged(String docType, int typeVersion, double confidence, List<Integer> pages,
            Map<String, FieldValue> fields) {
    }

    private DocumentMerge() {
    }

    /** @return the merge, or null when no page has a known type */
    public static Merged merge(List<PageFields> pages) {
        String type = dominantType(pages);
        if (type == null) {
            return null;
        }
        List<PageFields> ofType = pages.stream().filter(p -> p.docType().equals(type) && p.extraction() != null).toList();
        if (ofType.isEmpty()) {
            return null;
        }
        Map<String, FieldValue> fields = new LinkedHashMap<>();
        Map<String, JsonArrayBuilder> arrays = new LinkedHashMap<>();
        for (PageFields page : ofType) {
            ExtractionJson.fields(page.extraction()).forEach((name, field) -> {
                if (field.value() instanceof JsonArray items) {
                    JsonArrayBuilder joined = arrays.computeIfAbsent(name, n -> Json.createArrayBuilder());
                    items.forEach(joined::add);
                    fields.merge(name, field, DocumentMerge::surer);
                } else if (field.value() != JsonValue.NULL) {
                    fields.merge(name, field, DocumentMerge::surer);
                }
            });
        }
        arrays.forEach((name, items) -> {
            FieldValue first = fields.get(name);
            fields.put(name, new FieldValue(items.build(), first.confidence(), first.source(), first.evidence()));
        });
        double confidence = ofType.stream().mapToDouble(PageFields::confidence).average().orElse(0);
        int version = ofType.stream().mapToInt(PageFields::typeVersion).max().orElse(1);
        return new Merged(type, version, confidence, ofType.stream().map(PageFields::pageNumber).toList(), fields);
    }

    private static FieldValue surer(FieldValue kept, FieldValue other) {
        if (FieldValue.HUMAN.equals(kept.source()) != FieldValue.HUMAN.equals(other.source())) {
            return FieldValue.HUMAN.equals(kept.source()) ? kept : other;
        }
        return other.confidence() > kept.confidence() ? other : kept;
    }

    private static String dominantType(List<PageFields> pages) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (PageFields page : pages) {
            if (!TypeDefinition.UNKNOWN.equals(page.docType())) {
                counts.merge(page.docType(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .reduce((a, b) -> b.getValue() > a.getValue() ? b : a)
                .map(Map.Entry::getKey).orElse(null);
    }
}
