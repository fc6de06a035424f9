package io.pageflow.export.mapping;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.pageflow.versioned.VersionedDefinition;

/** One version of an export mapping, as stored. */
@Entity
@Table(name = "export_mapping")
public class ExportMapping extends VersionedDefinition {

    /** The JSON as it was sent: the order of its "elements" is the order of the elements written. */
    private String definition;

    protected ExportMapping() {
    }

    ExportMapping(String name, int version, String definition, String createdBy) {
        super(name, version, createdBy);
        this.definition = definition;
    }

    @Override
    public String getDefinition() {
        return definition;
    }
}
