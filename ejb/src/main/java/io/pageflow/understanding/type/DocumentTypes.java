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

import io.pageflow.error.InvalidRequestException;
import io.pageflow.error.NotFoundException;
import io.pageflow.understanding.TypeDefinition;
import io.pageflow.versioned.VersionedRows;

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
        return rows().history(name);
    }

    public DocumentType row(String name) {
        return rows().row(name, null);
    }

    /** A new type, version 1; 409 when the name is taken. */
    public DocumentType create(String name, JsonObject definition, String user) {
        check.require(name, definition);
        return rows().create(name, definition.toString(), user);
    }

    /** The next version of a type; pages keep the version they were read with. */
    public DocumentType update(String name, JsonObject definition, String user) {
        check.require(name, definition);
        return rows().next(name, definition.toString(), user);
    }

    /** Stores a shipped type unless some version of it exists (a person's change is never overwritten). */
    public void seed(String name, JsonObject definition) {
        rows().seed(name, definition.toString());
    }

    /** The newest row of every type, by name. */
    public List<DocumentType> currentRows() {
        return rows().newest();
    }

    private VersionedRows<DocumentType> rows() {
        return new VersionedRows<>(em, DocumentType.class, "document_type", "Document type", "TYPE_EXISTS",
                DocumentType::new);
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
