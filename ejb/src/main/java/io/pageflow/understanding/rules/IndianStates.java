package io.pageflow.understanding.rules;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The GST state codes (the first two digits of a GSTIN) and their names, so that a place of supply printed as
 * "27-Maharashtra", "Maharashtra (27)" or "MAHARASHTRA" reads as one value: {@code 27-Maharashtra}.
 */
public final class IndianStates {

    private static final Map<String, String> BY_CODE = new LinkedHashMap<>();

    static {
        String[] table = {"01", "Jammu and Kashmir", "02", "Himachal Pradesh", "03", "Punjab", "04", "Chandigarh",
            "05", "Uttarakhand", "06", "Haryana", "07", "Delhi", "08", "Rajasthan", "09", "Uttar Pradesh",
            "10", "Bihar", "11", "Sikkim", "12", "Arunachal Pradesh", "13", "Nagaland", "14", "Manipur",
            "15", "Mizoram", "16", "Tripura", "17", "Meghalaya", "18", "Assam", "19", "West Bengal",
            "20", "Jharkhand", "21", "Odisha", "22", "Chhattisgarh", "23", "Madhya Pradesh", "24", "Gujarat",
            "26", "Dadra and Nagar Haveli and Daman and Diu", "27", "Maharashtra", "29", "Karnataka", "30", "Goa",
            "31", "Lakshadweep", "32", "Kerala", "33", "Tamil Nadu", "34", "Puducherry",
            "35", "Andaman and Nicobar Islands", "36", "Telangana", "37", "Andhra Pradesh", "38", "Ladakh"};
        for (int i = 0; i < table.length; i += 2) {
            BY_CODE.put(table[i], table[i + 1]);
        }
    }

    // longest names first, so "Andhra Pradesh" is not read as a shorter name inside it
    private static final List<Map.Entry<String, Pattern>> NAMES = BY_CODE.entrySet().stream()
            .sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getValue().length()).reversed())
            .map(e -> Map.entry(e.getKey(), Pattern.compile("\\b" + e.getValue().replace(" and ", " (?:and|&) ")
                    .replace(" ", "\\s+") + "\\b", Pattern.CASE_INSENSITIVE)))
            .toList();
    private static final Pattern CODE = Pattern.compile("(?<![\\dA-Za-z])(\\d{2})(?![\\dA-Za-z])");

    private IndianStates() {
    }

    /** Every code with its name, in code order. */
    public static Map<String, String> all() {
        return java.util.Collections.unmodifiableMap(BY_CODE);
    }

    public static Optional<String> name(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }

    /** {@code code-Name}, e.g. {@code 27-Maharashtra}. */
    public static String canonical(String code) {
        return code + "-" + BY_CODE.get(code);
    }

    /**
     * The state in a place-of-supply text: by name when a name is there (the code beside it should agree),
     * else by code. Empty when neither is found.
     */
    static Optional<Normalised> read(String text) {
        String codeFound = null;
        Matcher code = CODE.matcher(text);
        while (code.find()) {
            if (BY_CODE.containsKey(code.group(1))) {
                codeFound = code.group(1);
                break;
            }
        }
        for (Map.Entry<String, Pattern> name : NAMES) {
            if (name.getValue().matcher(text).find()) {
                boolean agrees = codeFound == null || codeFound.equals(name.getKey());
                return Optional.of(new Normalised(Json.string(canonical(name.getKey())), agrees ? 1.0 : 0.6));
            }
        }
        return codeFound == null ? Optional.empty()
                : Optional.of(new Normalised(Json.string(canonical(codeFound)), 0.8));
    }
}
