package io.pageflow.analysis.profile;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import io.pageflow.error.ConflictException;
import io.pageflow.error.NotFoundException;

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
        return em.createQuery("""
                        select p from AnalysisProfile p
                         where p.version = (select max(o.version) from AnalysisProfile o where o.name = p.name)
                         order by p.name""", AnalysisProfile.class)
                .getResultList();
    }

    /** Every stored version of a profile, newest first; 404 when there is none. */
    public List<AnalysisProfile> history(String name) {
        List<AnalysisProfile> rows = em.createQuery(
                        "select p from AnalysisProfile p where p.name = :name order by p.version desc", AnalysisProfile.class)
                .setParameter("name", name).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("Analysis profile " + name + " does not exist");
        }
        return rows;
    }

    public AnalysisProfile row(String name) {
        return history(name).get(0);
    }

    public ProfileDefinition current(String name) {
        return ProfileDefinition.of(row(name));
    }

    public ProfileDefinition version(String name, int version) {
        return VERSIONS.computeIfAbsent(name + "@" + version, key -> history(name).stream()
                .filter(p -> p.getVersion() == version).findFirst().map(ProfileDefinition::of)
                .orElseThrow(() -> new NotFoundException("Analysis profile " + name + " has no version " + version)));
    }

    /** A new profile, version 1; 409 when the name is taken. */
    public AnalysisProfile create(String name, JsonObject definition, String user) {
        check.require(name, definition);
        if (!em.createQuery("select p.id from AnalysisProfile p where p.name = :name", Long.class)
                .setParameter("name", name).setMaxResults(1).getResultList().isEmpty()) {
            throw new ConflictException("PROFILE_EXISTS", "Analysis profile " + name + " exists; PUT a new version instead");
        }
        AnalysisProfile row = new AnalysisProfile(name, 1, definition.toString(), user);
        em.persist(row);
        return row;
    }

    /** The next version of a profile; running and finished jobs keep theirs. */
    public AnalysisProfile update(String name, JsonObject definition, String user) {
        check.require(name, definition);
        AnalysisProfile row = new AnalysisProfile(name, row(name).getVersion() + 1, definition.toString(), user);
        em.persist(row);
        return row;
    }

    /** Stores a shipped profile unless some version of it exists (a person's change is never overwritten). */
    public void seed(String name, JsonObject definition) {
        em.createNativeQuery("""
                        insert into analysis_profile (name, version, definition, created_by)
                        select ?1, 1, cast(?2 as jsonb), 'pageflow'
                         where not exists (select 1 from analysis_profile where name = ?1)
                        on conflict (name, version) do nothing""")
                .setParameter(1, name).setParameter(2, definition.toString()).executeUpdate();
    }
}
