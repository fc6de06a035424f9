package io.pageflow.versioned;

import java.util.List;

import jakarta.persistence.EntityManager;

import io.pageflow.error.ConflictException;
import io.pageflow.error.NotFoundException;

/**
 * The rows of one kind of versioned definition (document types, export mappings, analysis profiles): the newest
 * version of each name, a name's history, a new name, its next version, and a shipped definition seeded once. Each
 * kind's store checks a definition its own way before it asks for a row here.
 *
 * @param <T> the kind's entity
 */
public final class VersionedRows<T extends VersionedDefinition> {

    /** Makes the entity of one version. */
    @FunctionalInterface
    public interface Factory<T> {
        T make(String name, int version, String definition, String createdBy);
    }

    private final EntityManager em;
    private final Class<T> type;
    private final String table;
    private final String noun;
    private final String existsCode;
    private final Factory<T> factory;

    /**
     * @param table      the entity's table, for {@link #seed}
     * @param noun       how errors name the kind ("Document type")
     * @param existsCode the error code of a {@link #create} whose name is taken
     */
    public VersionedRows(EntityManager em, Class<T> type, String table, String noun, String existsCode,
            Factory<T> factory) {
        this.em = em;
        this.type = type;
        this.table = table;
        this.noun = noun;
        this.existsCode = existsCode;
        this.factory = factory;
    }

    /** The newest row of every name, by name. */
    public List<T> newest() {
        String entity = type.getSimpleName();
        return em.createQuery("select d from " + entity + " d where d.version = (select max(o.version) from "
                + entity + " o where o.name = d.name) order by d.name", type).getResultList();
    }

    /** Every stored version of a name, newest first; 404 when there is none. */
    public List<T> history(String name) {
        List<T> rows = em.createQuery("select d from " + type.getSimpleName()
                        + " d where d.name = :name order by d.version desc", type)
                .setParameter("name", name).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException(noun + " " + name + " does not exist");
        }
        return rows;
    }

    /** The newest version, or the one asked for ({@code null}: the newest); 404 when there is none. */
    public T row(String name, Integer version) {
        List<T> history = history(name);
        return version == null ? history.get(0) : history.stream().filter(d -> d.getVersion() == version).findFirst()
                .orElseThrow(() -> new NotFoundException(noun + " " + name + " has no version " + version));
    }

    /** Version 1 of a new name; 409 when the name is taken. */
    public T create(String name, String definition, String user) {
        if (!em.createQuery("select d.id from " + type.getSimpleName() + " d where d.name = :name", Long.class)
                .setParameter("name", name).setMaxResults(1).getResultList().isEmpty()) {
            throw new ConflictException(existsCode, noun + " " + name + " exists; PUT a new version instead");
        }
        return persist(factory.make(name, 1, definition, user));
    }

    /**
     * The next version of a name; rows made with older ones keep theirs. Of two changes at once, the key
     * (name, version) stores only one.
     */
    public T next(String name, String definition, String user) {
        return persist(factory.make(name, row(name, null).getVersion() + 1, definition, user));
    }

    /** Stores a shipped definition unless some version of its name exists (a person's change is never overwritten). */
    public void seed(String name, String definition) {
        // Several nodes may start at once: the insert, not a check before it, decides.
        em.createNativeQuery("insert into " + table + " (name, version, definition, created_by)"
                        + " select ?1, 1, cast(?2 as jsonb), 'pageflow'"
                        + " where not exists (select 1 from " + table + " where name = ?1)"
                        + " on conflict (name, version) do nothing")
                .setParameter(1, name).setParameter(2, definition).executeUpdate();
    }

    private T persist(T row) {
        em.persist(row);
        return row;
    }
}
