package io.pageflow.analysis.profile;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import io.pageflow.versioned.VersionedRows;

/**
 * The analysis profiles, managed like document types: a change is the next version, a job keeps the version it
 * started with, each change checked by {@link ProfileCheck} before it is stored.
 */
@Stateless
public class AnalysisProfiles {

    /** Versions never change: parsed once per node. */
    private static final Map<String, ProfileDefinition> VERSIONS = new ConcurrentHashMap<>();

    @PersistenceContext(unitName = "pageflow")
    EntityManager em;

    @Inject
    ProfileCheck check;

    /** The newest row of every profile, by name. */
    public List<AnalysisProfile> currentRows() {
        return rows().newest();
    }

    /** Every stored version of a profile, newest first; 404 when there is none. */
    public List<AnalysisProfile> history(String name) {
        return rows().history(name);
    }

    public AnalysisProfile row(String name) {
        return rows().row(name, null);
    }

    public ProfileDefinition current(String name) {
        return ProfileDefinition.of(row(name));
    }

    public ProfileDefinition version(String name, int version) {
        return VERSIONS.computeIfAbsent(name + "@" + version,
                key -> ProfileDefinition.of(rows().row(name, version)));
    }

    /** A new profile, version 1; 409 when the name is taken. */
    public AnalysisProfile create(String name, JsonObject definition, String user) {
        check.require(name, definition);
        return rows().create(name, definition.toString(), user);
    }

    /** The next version of a profile; running and finished jobs keep theirs. */
    public AnalysisProfile update(String name, JsonObject definition, String user) {
        check.require(name, definition);
        return rows().next(name, definition.toString(), user);
    }

    /** Stores a shipped profile unless some version of it exists (a person's change is never overwritten). */
    public void seed(String name, JsonObject definition) {
        rows().seed(name, definition.toString());
    }

    private VersionedRows<AnalysisProfile> rows() {
        return new VersionedRows<>(em, AnalysisProfile.class, "analysis_profile", "Analysis profile", "PROFILE_EXISTS",
                AnalysisProfile::new);
    }
}
