package io.pageflow.understanding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

import io.pageflow.understanding.DocumentMerge.Merged;
import io.pageflow.understanding.DocumentMerge.PageFields;
import io.pageflow.understanding.validation.Validation;

class DocumentMergeTest {

    @Test
    void aTypeSpanningPagesGivesOneSetOfFields() {
        Merged merged = DocumentMerge.merge(List.of(
                page(1, "bill", Map.of("invoiceNumber", field("INV-1", 0.9, FieldValue.RULES))),
                page(2, "bill", Map.of("invoiceNumber", field("INV-1 (page 2 of 2)", 0.6, FieldValue.RULES),
                        "totalAmount", new FieldValue(Json.createValue(118000), 0.9, FieldValue.RULES, "Total 1,18,000")))));
        assertEquals("bill", merged.docType());
        assertEquals(List.of(1, 2), merged.pages());
        assertEquals("\"INV-1\"", merged.fields().get("invoiceNumber").value().toString(), "the surer page wins");
        assertEquals("118000", merged.fields().get("totalAmount").value().toString(), "the total from page 2");
    }

    @Test
    void aPersonsValueWinsOverASurerEngine() {
        Merged merged = DocumentMerge.merge(List.of(
                page(1, "bill", Map.of("invoiceNumber", field("INV-1", 0.99, FieldValue.RULES))),
                page(2, "bill", Map.of("invoiceNumber", field("INV-7", 0.5, FieldValue.HUMAN)))));
        assertEquals("\"INV-7\"", merged.fields().get("invoiceNumber").value().toString());
    }

    @Test
    void lineItemsAreJoinedInPageOrder() {
        Merged merged = DocumentMerge.merge(List.of(
                page(1, "bill", Map.of("lineItems", new FieldValue(Json.createArrayBuilder().add("a").add("b").build(), 0.8,
                        FieldValue.RULES, null))),
                page(2, "bill", Map.of("lineItems", new FieldValue(Json.createArrayBuilder().add("c").build(), 0.8,
                        FieldValue.RULES, null)))));
        assertEquals("[\"a\",\"b\",\"c\"]", merged.fields().get("lineItems").value().toString());
    }

    @Test
    void theMostFrequentKnownTypeIsTheDocumentsAndUnknownPagesAddNothing() {
        Merged merged = DocumentMerge.merge(List.of(
                new PageFields(1, "unknown", 1, 0.2, null),
                page(2, "eway_bill", Map.of("ewayBillNumber", field("181234567890", 0.9, FieldValue.RULES))),
                page(3, "bill", Map.of("invoiceNumber", field("INV-1", 0.9, FieldValue.RULES))),
                page(4, "bill", Map.of("invoiceDate", field("2026-03-14", 0.9, FieldValue.RULES)))));
        assertEquals("bill", merged.docType());
        assertEquals(List.of(3, 4), merged.pages());
        assertEquals(2, merged.fields().size());
        assertNull(DocumentMerge.merge(List.of(new PageFields(1, "unknown", 1, 0.2, null))), "nothing known, nothing merged");
    }

    private static PageFields page(int number, String type, Map<String, FieldValue> fields) {
        JsonObject extraction = ExtractionJson.of(new TypeDefinition(type, 1, JsonValue.EMPTY_JSON_OBJECT), 0.9,
                new LinkedHashMap<>(fields), Validation.ok());
        return new PageFields(number, type, 1, 0.9, extraction);
    }

    private static FieldValue field(String value, double confidence, String source) {
        return new FieldValue(Json.createValue(value), confidence, source, null);
    }
}
