package io.pageflow.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads settings from a configuration and writes down, instead of throwing at the first, every value that
 * breaks its rule, as {@code PAGEFLOW_CHUNK_SIZE (pageflow.chunk.size) = -5 must be greater than 0}. A value
 * that breaks its rule reads as its default, so that the checks after it still run.
 */
final class SettingsReader {

    private static final Set<String> TRUE = Set.of("true", "1", "yes", "y", "on");
    private static final Set<String> FALSE = Set.of("false", "0", "no", "n", "off");

    private final Function<String, Optional<String>> source;
    private final List<String> problems = new ArrayList<>();

    SettingsReader(Function<String, Optional<String>> source) {
        this.source = source;
    }

    List<String> problems() {
        return List.copyOf(problems);
    }

    /** The configured value, blanks counting as unset. */
    Optional<String> configured(Setting setting) {
        return source.apply(setting.property()).map(String::strip).filter(value -> !value.isEmpty());
    }

    Optional<String> optional(Setting setting) {
        return configured(setting).or(setting::defaultIfUnset);
    }

    String text(Setting setting) {
        return optional(setting).orElse("");
    }

    /** Writes down that the setting's value breaks the rule, e.g. "must be greater than 0". */
    void problem(Setting setting, String rule) {
        String value = configured(setting).map(setting::shown).orElse("(unset)");
        problems.add(setting.label() + " = " + value + " " + rule);
    }

    long longAtLeast(Setting setting, long min) {
        return longBetween(setting, min, Long.MAX_VALUE);
    }

    long longBetween(Setting setting, long min, long max) {
        String value = text(setting);
        long number;
        try {
            number = Long.parseLong(value);
        } catch (NumberFormatException e) {
            problem(setting, "must be a whole number");
            return Long.parseLong(setting.defaultValue());
        }
        if (number >= min && number <= max) {
            return number;
        }
        boolean bounded = max < Integer.MAX_VALUE;
        if (bounded) {
            problem(setting, "must be between " + min + " and " + max);
        } else if (number < min) {
            problem(setting, min == 1 ? "must be greater than 0" : "must be at least " + min);
        } else {
            problem(setting, "must be at most " + max);
        }
        return Long.parseLong(setting.defaultValue());
    }

    int intAtLeast(Setting setting, int min) {
        return (int) longBetween(setting, min, Integer.MAX_VALUE);
    }

    int intBetween(Setting setting, int min, int max) {
        return (int) longBetween(setting, min, max);
    }

    /** A number from 0 to 1, both included: a confidence. */
    double fraction(Setting setting) {
        String value = text(setting);
        try {
            double number = Double.parseDouble(value);
            if (number >= 0 && number <= 1) {
                return number;
            }
        } catch (NumberFormatException e) {
            // written down below
        }
        problem(setting, "must be a number from 0 to 1");
        return Double.parseDouble(setting.defaultValue());
    }

    boolean bool(Setting setting) {
        String value = text(setting).toLowerCase(Locale.ROOT);
        if (TRUE.contains(value) || FALSE.contains(value)) {
            return TRUE.contains(value);
        }
        problem(setting, "must be true or false");
        return Boolean.parseBoolean(setting.defaultValue());
    }

    /** One of the given words, in any case; answered in lower case. */
    String oneOf(Setting setting, String... allowed) {
        String value = text(setting).toLowerCase(Locale.ROOT);
        if (List.of(allowed).contains(value)) {
            return value;
        }
        problem(setting, "must be " + String.join(" or ", allowed));
        return setting.defaultValue();
    }

    /** An absolute http or https URL with a host, when set. */
    Optional<URI> httpUrl(Setting setting) {
        Optional<String> value = optional(setting);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(value.get());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return Optional.of(uri);
            }
        } catch (URISyntaxException e) {
            // written down below
        }
        problem(setting, "must be an http:// or https:// URL with a host");
        return Optional.empty();
    }
}
