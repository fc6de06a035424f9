package io.pageflow.understanding.samples;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import io.pageflow.understanding.Classification;
import io.pageflow.understanding.FieldValue;

/**
 * The figures of a run over labelled samples: classification accuracy, the confusion of true and given types,
 * look-alikes taken for a known type, and per field the share of samples whose value is exactly the truth
 * (numbers compared by value, arrays element by element). Fields are read with the sample's true type, so
 * their figures measure the extractor alone.
 */
public final class Evaluation {

    /** The confidence from which a value would pass without a person looking at it. */
    public static final double SURE = 0.8;

    private final Map<String, Map<String, Integer>> confusion = new TreeMap<>();
    private final Map<String, int[]> fields = new TreeMap<>();
    private final List<String> misses = new ArrayList<>();
    private int samples;
    private int correct;
    private int lookAlikes;
    private int lookAlikesTaken;
    private int wrongValues;
    private int wrongButSure;

    public void add(Sample sample, Classification classification, Map<String, FieldValue> extracted) {
        samples++;
        String given = classification.docType();
        confusion.computeIfAbsent(sample.docType(), k -> new TreeMap<>()).merge(given, 1, Integer::sum);
        if (given.equals(sample.docType())) {
            correct++;
        } else {
            misses.add(sample + ": " + given + " " + classification.top());
        }
        if (sample.isLookAlike()) {
            lookAlikes++;
            lookAlikesTaken += given.equals(SampleSet.UNKNOWN) ? 0 : 1;
        }
        for (Map.Entry<String, JsonValue> truth : sample.truth().entrySet()) {
            int[] counts = fields.computeIfAbsent(sample.docType() + "." + truth.getKey(), k -> new int[2]);
            counts[1]++;
            FieldValue got = extracted.get(truth.getKey());
            if (got != null && same(truth.getValue(), got.value())) {
                counts[0]++;
            } else {
                if (got != null) {
                    wrongValues++;
                    wrongButSure += got.confidence() >= SURE ? 1 : 0;
                }
                misses.add(sample + " " + truth.getKey() + ": expected " + truth.getValue() + ", got "
                        + (got == null ? "nothing" : got.value() + " (" + got.confidence() + ") from \""
                                + got.evidence().replace('\n', '|') + "\""));
            }
        }
    }

    public int samples() {
        return samples;
    }

    public double accuracy() {
        return samples == 0 ? 0 : correct / (double) samples;
    }

    public int lookAlikes() {
        return lookAlikes;
    }

    /** Look-alikes classified as {@code bill} or {@code eway_bill}. */
    public int lookAlikesTaken() {
        return lookAlikesTaken;
    }

    /** Exact matches over expected values, all fields together. */
    public double fieldExactMatch() {
        int matched = fields.values().stream().mapToInt(c -> c[0]).sum();
        int expected = fields.values().stream().mapToInt(c -> c[1]).sum();
        return expected == 0 ? 0 : matched / (double) expected;
    }

    public double fieldExactMatch(String typeAndField) {
        int[] c = fields.get(typeAndField);
        return c == null || c[1] == 0 ? 0 : c[0] / (double) c[1];
    }

    /** Values read but wrong, and of those the ones at {@value #SURE} or more: wrong and not sent to review. */
    public int wrongValues() {
        return wrongValues;
    }

    public int wrongButSure() {
        return wrongButSure;
    }

    public List<String> misses() {
        return List.copyOf(misses);
    }

    public String report(String title) {
        StringBuilder sb = new StringBuilder("== ").append(title).append('\n');
        sb.append(String.format(Locale.ROOT, "classification accuracy %.3f (%d/%d); look-alikes taken for a type: %d of %d%n",
                accuracy(), correct, samples, lookAlikesTaken, lookAlikes));
        sb.append("confusion (true -> given):\n");
        confusion.forEach((truth, given) -> sb.append(String.format(Locale.ROOT, "  %-10s %s%n", truth, given)));
        sb.append(String.format(Locale.ROOT, "field exact match %.3f overall; wrong values %d, of which %d at confidence >= %.1f%n",
                fieldExactMatch(), wrongValues, wrongButSure, SURE));
        fields.forEach((name, c) -> sb.append(String.format(Locale.ROOT, "  %-26s %.3f (%d/%d)%n", name,
                c[0] / (double) c[1], c[0], c[1])));
        return sb.toString();
    }

    /** Equal as the schema sees them: numbers by value, arrays and objects member by member. */
    public static boolean same(JsonValue expected, JsonValue actual) {
        if (expected instanceof JsonNumber e && actual instanceof JsonNumber a) {
            return e.bigDecimalValue().compareTo(a.bigDecimalValue()) == 0;
        }
        if (expected instanceof JsonArray e && actual instanceof JsonArray a) {
            if (e.size() != a.size()) {
                return false;
            }
            for (int i = 0; i < e.size(); i++) {
                if (!same(e.get(i), a.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (expected instanceof JsonObject e && actual instanceof JsonObject a) {
            return e.keySet().equals(a.keySet()) && e.keySet().stream().allMatch(k -> same(e.get(k), a.get(k)));
        }
        return expected.equals(actual);
    }
}
