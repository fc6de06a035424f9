package io.pageflow.export.mapping;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import io.pageflow.error.ConflictException;
import io.pageflow.error.InvalidRequestException;
import io.pageflow.error.NotFoundException;
import io.pageflow.understanding.TypeDefinition;
import io.pageflow.understanding.type.DocumentTypes;

/**
 * The export mappings, managed like document types: a change is the next version, and every version is checked
 * against the current version of its document type before it is stored ({@link MappingReader}, 400 otherwise).
 */
@Stateless
public class ExportMappings {

    public static final String NAME_PATTERN = "^[a-z][a-z0-9_-]{0,62}$";
    private static final Pattern NAME = Pattern.compile(NAME_PATTERN);
    private static final int MAX_CHARS = 64 * 1024;

    @PersistenceContext(unitName = "pageflow")
    EntityManager em;

    @Inject
    DocumentTypes types;

    /** The current version of every mapping, by name. */
    public List<ExportMapping> current() {
        return em.createQuery("""
                        select m from ExportMapping m
                         where m.version = (select max(o.version) from ExportMapping o where o.name = m.name)
                         order by m.name""", ExportMapping.class)
                .getResultList();
    }

    /** Every stored version of a mapping, newest first; 404 when there is none. */
    public List<ExportMapping> history(String name) {
        List<ExportMapping> rows = em.createQuery(
                        "select m from ExportMapping m where m.name = :name order by m.version desc", ExportMapping.class)
                .setParameter("name", name).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("Export mapping " + name + " does not exist");
        }
        return rows;
    }

    /** The current version, or the one asked for. */
    public ExportMapping row(String name, Integer version) {
        List<ExportMapping> history = history(name);
        return version == null ? history.get(0) : history.stream().filter(m -> m.getVersion() == version).findFirst()
                .orElseThrow(() -> new NotFoundException("Export mapping " + name + " has no version " + version));
    }

    /** A new mapping, version 1; 409 when the name is taken. */
    public ExportMapping create(String name, JsonObject definition, String user) {
        check(name, definition);
        if (!em.createQuery("select m.id from ExportMapping m where m.name = :name", Long.class)
                .setParameter("name", name).setMaxResults(1).getResultList().isEmpty()) {
            throw new ConflictException("MAPPING_EXISTS", "Export mapping " + name + " exists; PUT a new version instead");
        }
        ExportMapping row = new ExportMapping(name, 1, definition.toString(), user);
        em.persist(row);
        return row;
    }

    /** The next version of a mapping (of two changes at once, the key (name, version) stores only one). */
    public ExportMapping update(String name, JsonObject definition, String user) {
        ExportMapping latest = history(name).get(0);
        check(name, definition);
        ExportMapping row = new ExportMapping(name, latest.getVersion() + 1, definition.toString(), user);
        em.persist(row);
        return row;
    }

    /** The mapping as it is written: read without checking its fields against the type again. */
    public Mapping mapping(ExportMapping row) {
        return MappingReader.read(DocumentTypes.parse(row.getDefinition()), null);
    }

    private void check(String name, JsonObject definition) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new InvalidRequestException("INVALID_MAPPING_NAME",
                    "A mapping name is 1 to 63 lower-case letters, digits, '_' or '-', starting with a letter");
        }
        if (definition.toString().length() > MAX_CHARS) {
            throw new InvalidRequestException(MappingReader.INVALID, "A mapping is at most " + MAX_CHARS + " characters");
        }
        MappingReader.read(definition, type -> types.current(type).map(TypeDefinition::schema));
    }
}
