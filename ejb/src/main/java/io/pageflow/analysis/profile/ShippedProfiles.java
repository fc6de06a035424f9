package io.pageflow.analysis.profile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

/** Stores the profiles Pageflow ships ({@code analysis-profiles/*.json}: {@code topics}) on first start. */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class ShippedProfiles {

    static final List<String> NAMES = List.of("topics");

    @Inject
    AnalysisProfiles profiles;

    @PostConstruct
    void seed() {
        for (String name : NAMES) {
            profiles.seed(name, read(name));
        }
    }

    static JsonObject read(String name) {
        String resource = "/analysis-profiles/" + name + ".json";
        try (InputStream in = ShippedProfiles.class.getResourceAsStream(resource)) {
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
