package io.pageflow.understanding.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import io.pageflow.understanding.FieldValue;

/**
 * The rows of an items table, read from text lines: the header is the first line holding a phrase of every
 * {@code header} group, rows follow until a {@code stop} phrase (Total, Taxable Value…). A row is read from its
 * ends: a serial number first, then the description, the HSN/SAC code (4 to 8 digits), and from the right the
 * amount, the rate before it and the quantity before that (units such as "Nos" and tax rates such as "18%" are
 * skipped). Rows whose quantity times rate is not their amount are kept at a lower confidence.
 */
final class LineItems {

    static final int MAX_ROWS = 60;
    private static final Pattern NUMBER = Pattern.compile("(?:\\d{1,3}+(?:,\\d{2,3}+)++|\\d++)(?:\\.\\d{1,3}+)?+");
    private static final Pattern HSN = Pattern.compile("\\d{4}|\\d{6}|\\d{8}");
    /** A row's serial number, also as OCR reads a 1 ("i.", "l") and with a colon for its dot. */
    private static final Pattern SERIAL = Pattern.compile("(?:\\d{1,3}|[il|])[.):,]?");
    private static final Pattern UNIT_OR_RATE = Pattern.compile("(?i)[a-z]{1,6}\\.?|\\d{1,2}(?:\\.\\d{1,2})?%|%|@|-");
    private static final Pattern CURRENCY = Pattern.compile("₹|\\bRs\\.?|\\bINR\\b|/-");

    final List<String> problems = new ArrayList<>();
    private final List<List<Pattern>> header = new ArrayList<>();
    private final List<Pattern> stop;

    LineItems(String name, JsonObject table) {
        String at = "fields." + name + ".table";
        if (table.get("header") instanceof JsonArray groups) {
            for (int i = 0; i < groups.size(); i++) {
                header.add(Phrases.loose(groups.get(i), at + ".header[" + i + "]", problems));
            }
        }
        if (header.isEmpty()) {
            problems.add(at + ".header: needs groups of phrases");
        }
        stop = Anchor.phrases(table.get("stop"), at + ".stop", problems);
    }

    Optional<FieldValue> find(PageText text) {
        int start = headerLine(text);
        if (start < 0) {
            return Optional.empty();
        }
        JsonArrayBuilder items = Json.array();
        StringBuilder evidence = new StringBuilder(text.line(start));
        double confidence = 0.9;
        int rows = 0;
        for (int i = start + 1; i < text.size() && rows < MAX_ROWS; i++) {
            String line = text.line(i);
            if (stop.stream().anyMatch(p -> p.matcher(line).find())) {
                break;
            }
            Optional<Row> row = Row.read(line);
            if (row.isPresent()) {
                items.add(row.get().json());
                confidence = Math.min(confidence, row.get().consistent() ? 0.9 : 0.5);
                evidence.append('\n').append(line);
                rows++;
            }
        }
        if (rows == 0) {
            return Optional.empty();
        }
        String e = evidence.length() > 600 ? evidence.substring(0, 600) : evidence.toString();
        return Optional.of(new FieldValue(items.build(), confidence, FieldValue.RULES, e));
    }

    private int headerLine(PageText text) {
        for (int i = 0; i < text.size(); i++) {
            String line = text.line(i);
            if (!header.isEmpty() && header.stream().allMatch(g -> g.stream().anyMatch(p -> p.matcher(line).find()))) {
                return i;
            }
        }
        return -1;
    }

    /** One parsed row; absent parts stay absent in the JSON. */
    record Row(String description, String hsn, BigDecimal quantity, BigDecimal rate, BigDecimal amount) {

        static Optional<Row> read(String line) {
            List<String> tokens = new ArrayList<>(List.of(CURRENCY.matcher(line).replaceAll(" ").trim().split(" +")));
            if (tokens.size() < 4) {
                return Optional.empty();
            }
            if (SERIAL.matcher(tokens.get(0)).matches()) {
                tokens.remove(0);
            }
            int amountAt = lastNumber(tokens, tokens.size() - 1);
            int rateAt = amountAt > 0 ? lastNumber(tokens, amountAt - 1) : -1;
            int qtyAt = rateAt > 0 ? lastNumber(tokens, rateAt - 1) : -1;
            if (qtyAt < 0) {
                return Optional.empty();
            }
            int hsnAt = -1;
            for (int i = 0; i < qtyAt; i++) {
                if (HSN.matcher(tokens.get(i)).matches()) {
                    hsnAt = i;
                }
            }
            List<String> words = hsnAt > 0 ? tokens.subList(0, hsnAt)
                    : tokens.subList(hsnAt + 1, qtyAt);
            String description = String.join(" ", words).strip();
            if (description.chars().noneMatch(Character::isLetter)) {
                return Optional.empty();
            }
            return Optional.of(new Row(description, hsnAt < 0 ? null : tokens.get(hsnAt), number(tokens.get(qtyAt)),
                    number(tokens.get(rateAt)), number(tokens.get(amountAt))));
        }

        /** The nearest number at or before {@code from}, skipping units and tax rates; -1 past anything else. */
        private static int lastNumber(List<String> tokens, int from) {
            for (int i = from; i >= 0; i--) {
                String t = tokens.get(i);
                if (NUMBER.matcher(t).matches()) {
                    return i;
                }
                if (!UNIT_OR_RATE.matcher(t).matches()) {
                    return -1;
                }
            }
            return -1;
        }

        private static BigDecimal number(String token) {
            return new BigDecimal(token.replace(",", ""));
        }

        boolean consistent() {
            BigDecimal expected = quantity.multiply(rate);
            return expected.subtract(amount).abs().compareTo(BigDecimal.ONE.max(amount.movePointLeft(3))) <= 0;
        }

        JsonValue json() {
            JsonObjectBuilder o = Json.object().add("description", description);
            if (hsn != null) {
                o.add("hsnCode", hsn);
            }
            return o.add("quantity", quantity).add("rate", rate).add("amount", amount).build();
        }
    }
}
