package io.pageflow.understanding.type;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.DependsOn;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

/**
 * Stores the types Pageflow ships ({@code document-types/*.json}: {@code bill}, {@code eway_bill},
 * {@code unknown}) on first start. A type that exists is left alone, so people's versions win.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class ShippedTypes {

    static final List<String> NAMES = List.of("bill", "eway_bill", "unknown");

    @Inject
    DocumentTypes types;

    @PostConstruct
    void seed() {
        for (String name : NAMES) {
            types.seed(name, read(name));
        }
    }

    static JsonObject read(String name) {
        String resource = "/document-types/" + name + ".json";
        try (InputStream in = ShippedTypes.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            try (JsonReader reader = Json.createReader(in)) {
                return reader.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
