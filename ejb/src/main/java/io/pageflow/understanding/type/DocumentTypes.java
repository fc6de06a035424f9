package io.pageflow.understanding.type;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import io.pageflow.error.ConflictException;
import io.pageflow.error.InvalidRequestException;
import io.pageflow.error.NotFoundException;
import io.pageflow.understanding.TypeDefinition;

/**
 * The document types: the current version of each for the engines (through {@link TypeCache}), any version
 * for pages read with an older one, and the changes people make ({@link #create}, {@link #update}), each
 * checked by {@link DefinitionCheck} before it is stored.
 */
@Stateless
public class DocumentTypes {

    @PersistenceContext(unitName = "pageflow")
    EntityManager em;

    @Inject
    TypeCache cache;

    @Inject
    DefinitionCheck check;

    /** The current version of every type, {@code unknown} included, by name. */
    public List<TypeDefinition> current() {
        long stamp = em.createQuery("select coalesce(max(t.id), 0) from DocumentType t", Long.class).getSingleResult();
        return cache.current(stamp, this::loadCurrent);
    }

    public Optional<TypeDefinition> current(String name) {
        return current().stream().filter(t -> t.name().equals(name)).findFirst();
    }

    public TypeDefinition version(String name, int version) {
        return cache.version(name, version, () -> em.createQuery(
                        "select t from DocumentType t where t.name = :name and t.version = :version", DocumentType.class)
                .setParameter("name", name).setParameter("version", version)
                .getResultStream().findFirst().map(DocumentTypes::definition)
                .orElseThrow(() -> new NotFoundException("Document type " + name + " has no version " + version)));
    }

    /** Every stored version of a type, newest first. */
    public List<DocumentType> history(String name) {
        List<DocumentType> rows = em.createQuery(
                        "select t from DocumentType t where t.name = :name order by t.version desc", DocumentType.class)
                .setParameter("name", name).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("Document type " + name + " does not exist");
        }
        return rows;
    }

    public DocumentType row(String name) {
        return history(name).get(0);
    }

    /** A new type, version 1; 409 when the name is taken. */
    public DocumentType create(String name, JsonObject definition, String user) {
        check.require(name, definition);
        if (!em.createQuery("select t.id from DocumentType t where t.name = :name", Long.class)
                .setParameter("name", name).setMaxResults(1).getResultList().isEmpty()) {
            throw new ConflictException("TYPE_EXISTS", "Document type " + name + " exists; PUT a new version instead");
        }
        DocumentType row = new DocumentType(name, 1, definition.toString(), user);
        em.persist(row);
        return row;
    }

    /** The next version of a type; pages keep the version they were read with. */
    public DocumentType update(String name, JsonObject definition, String user) {
        check.require(name, definition);
        DocumentType latest = row(name);
        DocumentType row = new DocumentType(name, latest.getVersion() + 1, definition.toString(), user);
        em.persist(row);
        return row;
    }

    /** Stores a shipped type unless some version of it exists (a person's change is never overwritten). */
    public void seed(String name, JsonObject definition) {
        // Several nodes may start at once: the insert, not a check before it, decides.
        em.createNativeQuery("""
                        insert into document_type (name, version, definition, created_by)
                        select ?1, 1, cast(?2 as jsonb), 'pageflow'
                         where not exists (select 1 from document_type where name = ?1)
                        on conflict (name, version) do nothing""")
                .setParameter(1, name).setParameter(2, definition.toString()).executeUpdate();
    }

    /** The newest row of every type, by name. */
    public List<DocumentType> currentRows() {
        return em.createQuery("""
                        select t from DocumentType t
                         where t.version = (select max(o.version) from DocumentType o where o.name = t.name)
                         order by t.name""", DocumentType.class)
                .getResultList();
    }

    private List<TypeDefinition> loadCurrent() {
        return currentRows().stream().map(DocumentTypes::definition).toList();
    }

    static TypeDefinition definition(DocumentType row) {
        return new TypeDefinition(row.getName(), row.getVersion(), parse(row.getDefinition()));
    }

    public static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new InvalidRequestException("INVALID_DEFINITION", "Not a JSON object: " + e.getMessage());
        }
    }
}
