package io.pageflow.understanding.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.pageflow.understanding.TypeDefinition;
import io.pageflow.understanding.samples.DefaultTypes;
import io.pageflow.understanding.samples.Sample;
import io.pageflow.understanding.samples.SampleSet;

/** The shipped types: the fields the issue names, a 2020-12 schema of them, and rules that compile. */
class DefaultTypesTest {

    static final Map<String, List<String>> FIELDS = Map.of(
            "bill", List.of("invoiceNumber", "invoiceDate", "supplierGstin", "recipientGstin", "placeOfSupply",
                    "taxableValue", "cgst", "sgst", "igst", "totalAmount", "currency", "lineItems"),
            "eway_bill", List.of("ewayBillNumber", "generatedDate", "validUntil", "supplierGstin", "recipientGstin",
                    "placeOfDispatch", "placeOfDelivery", "documentNumber", "documentDate", "goodsValue", "hsnCode",
                    "transportMode", "vehicleNumber", "transporterId"),
            "unknown", List.of());

    @ParameterizedTest
    @ValueSource(strings = {"bill", "eway_bill", "unknown"})
    void aTypeNamesItsFieldsInItsSchemaAndHasRulesForEach(String name) {
        TypeDefinition type = DefaultTypes.type(name);
        JsonObject schema = type.schema();
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.getString("$schema"));
        assertEquals("object", schema.getString("type"));
        assertEquals(JsonValue.FALSE, schema.get("additionalProperties"));
        JsonObject properties = schema.getJsonObject("properties");
        assertEquals(Set.copyOf(FIELDS.get(name)), properties == null ? Set.of() : properties.keySet());
        assertEquals(Set.copyOf(FIELDS.get(name)), type.fields().keySet(), "a rule for every field");
        if (schema.containsKey("required")) {
            schema.getJsonArray("required").getValuesAs(JsonString.class)
                    .forEach(r -> assertTrue(properties.containsKey(r.getString()), r.getString()));
        }
        assertEquals(List.of(), RuleClassifier.problems(type));
        assertEquals(List.of(), RuleExtractor.problems(type));
        assertEquals("rules", type.engine());
        assertTrue(!type.description().isBlank());
    }

    /** What the rules produce on the generated pages fits the schema's types and patterns. */
    @ParameterizedTest
    @ValueSource(strings = {"bill", "eway_bill"})
    void theTruthOfEverySampleFitsTheSchemasPatterns(String name) {
        JsonObject properties = DefaultTypes.type(name).schema().getJsonObject("properties");
        List<String> wrong = new ArrayList<>();
        for (Sample s : SampleSet.standard().stream().filter(s -> s.docType().equals(name)).toList()) {
            for (Map.Entry<String, JsonValue> field : s.truth().entrySet()) {
                JsonObject property = properties.getJsonObject(field.getKey());
                String type = property.getString("type");
                JsonValue value = field.getValue();
                boolean fits = switch (type) {
                    case "string" -> value.getValueType() == JsonValue.ValueType.STRING
                            && (!property.containsKey("pattern") || Pattern.compile(property.getString("pattern"))
                                    .matcher(((JsonString) value).getString()).find());
                    case "number" -> value.getValueType() == JsonValue.ValueType.NUMBER;
                    case "array" -> value.getValueType() == JsonValue.ValueType.ARRAY;
                    default -> false;
                };
                if (!fits) {
                    wrong.add(s + " " + field.getKey() + " = " + value);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }
}
