package io.pageflow.understanding.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import io.pageflow.error.InvalidRequestException;

class SchemaValidationTest {

    private static final JsonObject SCHEMA = json("""
            {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object",
             "properties": {
               "invoiceDate": {"type": "string", "format": "date"},
               "supplierGstin": {"type": "string", "format": "gstin"},
               "totalAmount": {"type": "number", "minimum": 0}},
             "required": ["invoiceDate", "totalAmount"]}""");

    private final SchemaValidation validation = new SchemaValidation();

    @Test
    void acceptsFieldsThatFollowTheSchema() {
        Validation result = validation.validate("t@1", SCHEMA,
                json("{\"invoiceDate\": \"2026-03-14\", \"supplierGstin\": \"27AAPFU0939F1ZV\", \"totalAmount\": 118000}"));
        assertTrue(result.valid(), result.errors().toString());
    }

    @Test
    void namesEachBrokenRule() {
        Validation result = validation.validate("t@1", SCHEMA,
                json("{\"invoiceDate\": \"2026-02-30\", \"supplierGstin\": \"27AAPFU0939F1ZX\", \"totalAmount\": -1}"));
        assertFalse(result.valid());
        assertEquals(3, result.errors().size(), result.errors().toString());
        assertTrue(result.errors().stream().anyMatch(e -> e.contains("supplierGstin")), result.errors().toString());
    }

    @Test
    void aMissingRequiredFieldIsInvalid() {
        Validation result = validation.validate("t@1", SCHEMA, json("{\"invoiceDate\": \"2026-03-14\"}"));
        assertFalse(result.valid());
        assertTrue(result.errors().get(0).contains("totalAmount"), result.errors().toString());
    }

    @Test
    void refusesWhatIsNotASchema() {
        assertThrows(InvalidRequestException.class, () -> validation.compile(json("{\"type\": 12}")));
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
