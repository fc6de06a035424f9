package io.pageflow.export.mapping;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import io.pageflow.error.InvalidRequestException;
import io.pageflow.understanding.TypeDefinition;
import io.pageflow.understanding.type.DocumentTypes;
import io.pageflow.versioned.VersionedRows;

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
        return rows().newest();
    }

    /** Every stored version of a mapping, newest first; 404 when there is none. */
    public List<ExportMapping> history(String name) {
        return rows().history(name);
    }

    /** The current version, or the one asked for. */
    public ExportMapping row(String name, Integer version) {
        return rows().row(name, version);
    }

    /** A new mapping, version 1; 409 when the name is taken. */
    public ExportMapping create(String name, JsonObject definition, String user) {
        check(name, definition);
        return rows().create(name, definition.toString(), user);
    }

    /** The next version of a mapping. */
    public ExportMapping update(String name, JsonObject definition, String user) {
        history(name); // an unknown name is 404 before its definition is judged
        check(name, definition);
        return rows().next(name, definition.toString(), user);
    }

    /** The mapping as it is written: read without checking its fields against the type again. */
    public Mapping mapping(ExportMapping row) {
        return MappingReader.read(DocumentTypes.parse(row.getDefinition()), null);
    }

    private VersionedRows<ExportMapping> rows() {
        return new VersionedRows<>(em, ExportMapping.class, "export_mapping", "Export mapping", "MAPPING_EXISTS",
                ExportMapping::new);
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
