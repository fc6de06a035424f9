package io.pageflow.understanding.rules;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the text a rule found into the value the type's schema expects. Each normaliser answers empty when
 * the text cannot be such a value (the field is then absent), or a value with a confidence below 1 when it had
 * to guess. The names are the {@code normaliser} values of the rule format (docs/understanding-rules.md).
 */
public final class Normalisers {

    public static final Set<String> NAMES = Set.of("text", "upper", "date", "amount", "gstin", "vehicle",
            "ewayBillNumber", "state", "currency", "transportMode", "digits");

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern EDGES = Pattern.compile("^[\\s,;:.|\\-]+|[\\s,;:.|\\-]+$");
    private static final Pattern VEHICLE_MISREAD =
            Pattern.compile("([A-Z]{2})([0-9OQDILSBZ]{1,2}?)([A-Z]{1,3})([0-9OQDILSBZ]{4})");
    private static final Pattern VEHICLE = Pattern.compile("[A-Z]{2}[0-9]{1,2}[A-Z]{1,3}[0-9]{4}|[0-9]{2}BH[0-9]{4}[A-Z]{1,2}");

    private Normalisers() {
    }

    /** The value for {@code raw} by the named normaliser; an unknown name reads as {@code text}. */
    public static Optional<Normalised> normalise(String name, String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        return switch (name == null ? "text" : name) {
            case "upper" -> text(raw).map(n -> new Normalised(Json.string(
                    ((jakarta.json.JsonString) n.value()).getString().toUpperCase(Locale.ROOT)), 1.0));
            case "date" -> Dates.parse(raw).map(d -> new Normalised(Json.string(d.date().toString()), d.confidence()));
            case "amount" -> Amounts.parse(raw).map(a -> new Normalised(Json.number(a.value()), a.confidence()));
            case "gstin" -> gstin(raw);
            case "vehicle" -> vehicle(raw);
            case "ewayBillNumber" -> ewayBillNumber(raw);
            case "state" -> state(raw);
            case "currency" -> currency(raw);
            case "transportMode" -> transportMode(raw);
            case "digits" -> digits(raw);
            default -> text(raw);
        };
    }

    static Optional<Normalised> text(String raw) {
        String value = EDGES.matcher(SPACES.matcher(raw).replaceAll(" ")).replaceAll("");
        return value.isEmpty() ? Optional.empty() : Optional.of(new Normalised(Json.string(value), 1.0));
    }

    /**
     * 15 characters upper case with a valid check digit (1.0); a value OCR misread and that a repair by position
     * makes valid (0.8); else, if it has a GSTIN's shape, the value as read at 0.3: kept, but not trusted.
     */
    static Optional<Normalised> gstin(String raw) {
        String value = Gstin.clean(raw);
        if (value.length() != 15 || !value.matches("[0-9A-Z]{15}")) {
            return Optional.empty();
        }
        if (Gstin.isValid(value)) {
            return Optional.of(new Normalised(Json.string(value), 1.0));
        }
        Optional<String> repaired = Gstin.repair(value);
        if (repaired.isPresent()) {
            return Optional.of(new Normalised(Json.string(repaired.get()), 0.8));
        }
        // not an acknowledgement number or a run of capitals: only what looks like a GSTIN is kept
        return Gstin.hasShape(value) || Gstin.hasShape(Gstin.byPosition(value))
                ? Optional.of(new Normalised(Json.string(value), 0.3)) : Optional.empty();
    }

    /**
     * "MH 12 AB 1234", "mh-12-ab-1234" → MH12AB1234. OCR's letters among the digits (O, Q, D for 0, I for 1,
     * S for 5, B for 8) are put right at 0.8; an unusual shape is kept at 0.5.
     */
    static Optional<Normalised> vehicle(String raw) {
        String value = raw.replaceAll("[\\s\\-.]", "").toUpperCase(Locale.ROOT);
        if (value.length() < 6 || value.length() > 12) {
            return Optional.empty();
        }
        if (VEHICLE.matcher(value).matches()) {
            return Optional.of(new Normalised(Json.string(value), 1.0));
        }
        var m = VEHICLE_MISREAD.matcher(value);
        if (m.matches()) {
            String fixed = m.group(1) + misreadDigits(m.group(2)) + m.group(3) + misreadDigits(m.group(4));
            if (VEHICLE.matcher(fixed).matches()) {
                return Optional.of(new Normalised(Json.string(fixed), 0.8));
            }
        }
        return Optional.of(new Normalised(Json.string(value), 0.5));
    }

    private static String misreadDigits(String misread) {
        StringBuilder sb = new StringBuilder();
        for (char c : misread.toCharArray()) {
            sb.append(switch (c) {
                case 'O', 'Q', 'D' -> '0';
                case 'I', 'L' -> '1';
                case 'S' -> '5';
                case 'B' -> '8';
                case 'Z' -> '2';
                default -> c;
            });
        }
        return sb.toString();
    }

    /** "1812 3456 7890" → 181234567890; anything but 12 digits is not an e-way bill number. */
    static Optional<Normalised> ewayBillNumber(String raw) {
        String value = raw.replaceAll("[\\s\\-]", "");
        return value.matches("[0-9]{12}") ? Optional.of(new Normalised(Json.string(value), 1.0)) : Optional.empty();
    }

    static Optional<Normalised> digits(String raw) {
        String value = raw.replaceAll("\\D", "");
        return value.isEmpty() ? Optional.empty() : Optional.of(new Normalised(Json.string(value), 1.0));
    }

    /** A state as {@code 27-Maharashtra}; text that names no state (another label, "Reverse Charge") is none. */
    static Optional<Normalised> state(String raw) {
        return IndianStates.read(raw);
    }

    /** ₹, Rs, INR, Rupees → INR; other ISO codes are kept. */
    static Optional<Normalised> currency(String raw) {
        String value = raw.trim().toUpperCase(Locale.ROOT);
        if (value.contains("₹") || value.startsWith("RS") || value.contains("INR") || value.startsWith("RUPEE")) {
            return Optional.of(new Normalised(Json.string("INR"), 1.0));
        }
        return value.matches("[A-Z]{3}") ? Optional.of(new Normalised(Json.string(value), 0.8)) : Optional.empty();
    }

    /** The four e-way bill modes, printed as a word or as their code (1 Road, 2 Rail, 3 Air, 4 Ship). */
    static Optional<Normalised> transportMode(String raw) {
        String value = raw.toLowerCase(Locale.ROOT);
        // "Ship / Road cum Ship" is the ship mode
        String mode = value.contains("ship") || value.contains("sea") ? "Ship" : value.contains("road") ? "Road"
                : value.contains("rail") ? "Rail" : value.contains("air") ? "Air" : null;
        if (mode == null) {
            String code = value.replaceAll("\\D", "");
            mode = switch (code) {
                case "1" -> "Road";
                case "2" -> "Rail";
                case "3" -> "Air";
                case "4" -> "Ship";
                default -> null;
            };
        }
        return mode == null ? Optional.empty() : Optional.of(new Normalised(Json.string(mode), 1.0));
    }
}
