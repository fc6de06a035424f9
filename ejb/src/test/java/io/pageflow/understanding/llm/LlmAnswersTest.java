package io.pageflow.understanding.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import io.pageflow.error.ErrorCode;
import io.pageflow.understanding.Classification;
import io.pageflow.understanding.FieldValue;
import io.pageflow.understanding.PageInput;
import io.pageflow.understanding.TokenUsage;
import io.pageflow.understanding.TypeDefinition;

class LlmAnswersTest {

    private static final TokenUsage TOKENS = new TokenUsage(100, 20);
    private static final PageInput PAGE = new PageInput(1, 1,
            "TAX INVOICE\nInvoice No: INV-2291   Date: 14/03/2026\nTotal  1,18,000.00", "eng");
    private static final TypeDefinition BILL = new TypeDefinition("bill", 3, json("""
            {"description": "A GST tax invoice",
             "schema": {"type": "object",
                        "properties": {"invoiceNumber": {"type": "string"},
                                       "invoiceDate": {"type": "string"},
                                       "totalAmount": {"type": "number"}},
                        "required": ["invoiceNumber"]},
             "engine": "llm"}"""));
    private static final List<TypeDefinition> TYPES = List.of(BILL,
            new TypeDefinition("unknown", 1, json("{\"description\": \"anything else\"}")));

    private final LlmAnswers answers = new LlmAnswers(new SchemaCheck());

    @Test
    void aClassificationCarriesTypeVersionConfidenceAndTokens() {
        Classification c = answers.classification(reply("{\"docType\": \"bill\", \"confidence\": 0.92}"), TYPES, 0.5);
        assertEquals("bill", c.docType());
        assertEquals(3, c.typeVersion());
        assertEquals(0.92, c.confidence(), 1e-9);
        assertEquals("llm", c.engine());
        assertEquals(TOKENS, c.tokens());
        assertEquals("bill", c.top().get(0).docType());
    }

    @Test
    void belowTheThresholdThePageIsUnknown() {
        Classification c = answers.classification(reply("{\"docType\": \"bill\", \"confidence\": 0.3}"), TYPES, 0.5);
        assertEquals("unknown", c.docType());
        assertEquals(1, c.typeVersion());
    }

    @Test
    void aTypeOutsideTheListIsInvalidOutput() {
        LlmException e = assertThrows(LlmException.class, () -> answers.classification(
                reply("{\"docType\": \"purchase_order\", \"confidence\": 0.9}"), TYPES, 0.5));
        assertEquals(ErrorCode.LLM_INVALID_OUTPUT, e.code());
        assertEquals(TOKENS, e.tokens(), "tokens of an unusable answer are still reported");
    }

    @Test
    void contentThatIsNotJsonIsInvalidOutput() {
        LlmException e = assertThrows(LlmException.class,
                () -> answers.classification(reply("Sure! The page is a bill {"), TYPES, 0.5));
        assertEquals(ErrorCode.LLM_INVALID_OUTPUT, e.code());
        assertTrue(e.getMessage().contains("not a JSON object"), e.getMessage());
    }

    @Test
    void aCodeFenceAroundTheJsonIsForgiven() {
        Classification c = answers.classification(
                reply("```json\n{\"docType\": \"bill\", \"confidence\": 0.8}\n```"), TYPES, 0.5);
        assertEquals("bill", c.docType());
    }

    @Test
    void fieldsKeepValuesConfidenceAndOnlyEvidenceThePageContains() {
        Map<String, FieldValue> fields = answers.fields(reply("""
                {"fields": {"invoiceNumber": "INV-2291", "invoiceDate": "2026-03-14", "totalAmount": 118000,
                            "placeOfSupply": null, "currency": ""},
                 "evidence": {"invoiceNumber": "Invoice No: INV-2291", "totalAmount": "Grand total 118000"},
                 "confidence": {"invoiceNumber": 0.95}}"""), BILL, PAGE);
        assertEquals(List.of("invoiceNumber", "invoiceDate", "totalAmount"), List.copyOf(fields.keySet()),
                "null and empty values are fields not found");
        FieldValue number = fields.get("invoiceNumber");
        assertEquals("INV-2291", ((jakarta.json.JsonString) number.value()).getString());
        assertEquals(0.95, number.confidence(), 1e-9);
        assertEquals("llm", number.source());
        assertEquals("Invoice No: INV-2291", number.evidence());
        assertEquals(LlmAnswers.DEFAULT_FIELD_CONFIDENCE, fields.get("invoiceDate").confidence(), 1e-9);
        assertNull(fields.get("totalAmount").evidence(), "a quote the page does not contain is dropped");
        assertEquals(118000, ((jakarta.json.JsonNumber) fields.get("totalAmount").value()).intValue());
    }

    @Test
    void fieldsThatBreakTheSchemaAreInvalidOutput() {
        LlmException e = assertThrows(LlmException.class, () -> answers.fields(
                reply("{\"fields\": {\"invoiceNumber\": 2291, \"totalAmount\": \"1,18,000.00\"}}"), BILL, PAGE));
        assertEquals(ErrorCode.LLM_INVALID_OUTPUT, e.code());
        assertTrue(e.getMessage().contains("invoiceNumber") && e.getMessage().contains("totalAmount"),
                e.getMessage());
    }

    @Test
    void formatsAreLeftToTheStagesValidationAndItsReview() {
        TypeDefinition withFormats = new TypeDefinition("bill", 1, json("""
                {"schema": {"type": "object",
                            "properties": {"supplierGstin": {"type": "string", "format": "gstin"},
                                           "invoiceDate": {"type": "string", "format": "date"}}}}"""));
        Map<String, FieldValue> fields = answers.fields(reply(
                "{\"fields\": {\"supplierGstin\": \"27AAPFU0939F1ZX\", \"invoiceDate\": \"2026-02-30\"}}"),
                withFormats, PAGE);
        assertEquals(2, fields.size(), "a wrong check character or date is content for review, not broken output");
    }

    @Test
    void aMissingRequiredFieldBreaksTheSchema() {
        LlmException e = assertThrows(LlmException.class,
                () -> answers.fields(reply("{\"fields\": {\"invoiceNumber\": null}}"), BILL, PAGE));
        assertEquals(ErrorCode.LLM_INVALID_OUTPUT, e.code());
    }

    @Test
    void aRefusalOrACutOffAnswerIsInvalidOutput() {
        LlmReply refused = new LlmReply(null, "I cannot help with that", "stop", TOKENS);
        assertEquals(ErrorCode.LLM_INVALID_OUTPUT,
                assertThrows(LlmException.class, () -> answers.json(refused)).code());
        LlmReply cut = new LlmReply("{\"fields\": {\"invoiceNum", null, "length", TOKENS);
        assertTrue(assertThrows(LlmException.class, () -> answers.json(cut)).getMessage().contains("cut off"));
    }

    private static LlmReply reply(String content) {
        return new LlmReply(content, null, "stop", TOKENS);
    }

    static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
