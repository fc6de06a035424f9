package io.pageflow.understanding.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import io.pageflow.understanding.TypeDefinition;

/** The shipped document types, read from {@code document-types/*.json} on the class path as version 1. */
public final class DefaultTypes {

    public static final List<String> NAMES = List.of("bill", "eway_bill", "unknown");

    private DefaultTypes() {
    }

    public static List<TypeDefinition> all() {
        return NAMES.stream().map(DefaultTypes::type).toList();
    }

    public static TypeDefinition type(String name) {
        return new TypeDefinition(name, 1, definition(name));
    }

    public static JsonObject definition(String name) {
        String resource = "document-types/" + name + ".json";
        try (InputStream in = DefaultTypes.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path");
            }
            try (JsonReader reader = Json.createReader(in)) {
                return reader.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
