package io.pageflow.understanding.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import io.pageflow.understanding.FieldValue;

/**
 * Arithmetic a type's fields must satisfy ({@code checks}: the taxable value and the taxes add up to the
 * total, CGST equals SGST). Each field is read on its own, so a total whose rupee sign OCR read as a 4 looks
 * as sure as any other; when the sum does not hold, every field in it is capped at {@value #DOUBT}, so that a
 * person looks at them. Checks whose fields are not all there are skipped.
 */
final class Checks {

    static final double DOUBT = 0.5;

    private final List<Check> checks = new ArrayList<>();
    final List<String> problems = new ArrayList<>();

    /**
     * One check: the named fields (absent ones count as 0, but the first must be there) sum to {@code equals}.
     * A name {@code items[].amount} stands for the sum of that member over the array field {@code items}.
     */
    record Check(List<String> sum, String equals, BigDecimal tolerance) {
    }

    Checks(JsonValue member) {
        if (!(member instanceof JsonArray array)) {
            return;
        }
        for (int i = 0; i < array.size(); i++) {
            String at = "checks[" + i + "]";
            if (!(array.get(i) instanceof JsonObject o && o.get("sum") instanceof JsonArray sum
                    && o.get("equals") instanceof JsonString equals && !sum.isEmpty())) {
                problems.add(at + ": needs sum (field names) and equals (a field name)");
                continue;
            }
            List<String> names = sum.stream().filter(JsonString.class::isInstance)
                    .map(v -> ((JsonString) v).getString()).toList();
            BigDecimal tolerance = o.get("tolerance") instanceof JsonNumber t ? t.bigDecimalValue() : new BigDecimal("0.01");
            checks.add(new Check(names, equals.getString(), tolerance));
        }
    }

    /** The fields, with the ones in a failed check capped at {@value #DOUBT}. */
    void apply(Map<String, FieldValue> fields) {
        for (Check check : checks) {
            BigDecimal expected = number(fields, check.equals());
            BigDecimal first = number(fields, check.sum().get(0));
            if (expected == null || first == null) {
                continue;
            }
            BigDecimal total = BigDecimal.ZERO;
            for (String name : check.sum()) {
                BigDecimal v = number(fields, name);
                total = total.add(v == null ? BigDecimal.ZERO : v);
            }
            if (total.subtract(expected).abs().compareTo(check.tolerance()) > 0) {
                List<String> involved = new ArrayList<>(check.sum());
                involved.add(check.equals());
                for (String member : involved) {
                    String name = member.contains("[].") ? member.substring(0, member.indexOf("[].")) : member;
                    FieldValue v = fields.get(name);
                    if (v != null && v.confidence() > DOUBT) {
                        fields.put(name, new FieldValue(v.value(), DOUBT, v.source(), v.evidence()));
                    }
                }
            }
        }
    }

    private static BigDecimal number(Map<String, FieldValue> fields, String name) {
        int items = name.indexOf("[].");
        if (items < 0) {
            FieldValue v = fields.get(name);
            return v != null && v.value() instanceof JsonNumber n ? n.bigDecimalValue() : null;
        }
        FieldValue v = fields.get(name.substring(0, items));
        if (v == null || !(v.value() instanceof JsonArray array)) {
            return null;
        }
        String member = name.substring(items + 3);
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonValue item : array) {
            if (item instanceof JsonObject o && o.get(member) instanceof JsonNumber n) {
                sum = sum.add(n.bigDecimalValue());
            }
        }
        return sum;
    }
}
