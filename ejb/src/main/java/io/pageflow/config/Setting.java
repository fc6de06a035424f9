package io.pageflow.config;

import java.util.Locale;
import java.util.Optional;

/**
 * One application setting: its MicroProfile Config property, the environment variable that sets it and its
 * default.
 *
 * @param property     e.g. {@code pageflow.chunk.size}
 * @param defaultValue the value when nothing sets it; {@code null}: unset
 * @param secret       never printed: a message says {@code (set)} instead of the value
 */
public record Setting(String property, String defaultValue, boolean secret) {

    static Setting of(String property, String defaultValue) {
        return new Setting(property, defaultValue, false);
    }

    static Setting unset(String property) {
        return new Setting(property, null, false);
    }

    static Setting secret(String property) {
        return new Setting(property, null, true);
    }

    /** The environment form, as MicroProfile Config maps it: upper case, every other character {@code _}. */
    public String variable() {
        return property.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    public Optional<String> defaultIfUnset() {
        return Optional.ofNullable(defaultValue);
    }

    /** How a message names it: {@code PAGEFLOW_CHUNK_SIZE (pageflow.chunk.size)}. */
    String label() {
        return variable() + " (" + property + ")";
    }

    String shown(String value) {
        return secret ? "(set)" : value;
    }
}
