package io.pageflow.export.mapping;

import java.time.OffsetDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One version of an export mapping, as stored. Rows are never changed: a change is the next version. */
@Entity
@Table(name = "export_mapping")
public class ExportMapping {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private int version;
    /** The JSON as it was sent: the order of its "elements" is the order of the elements written. */
    private String definition;
    private OffsetDateTime createdAt = OffsetDateTime.now();
    private String createdBy;

    protected ExportMapping() {
    }

    ExportMapping(String name, int version, String definition, String createdBy) {
        this.name = name;
        this.version = version;
        this.definition = definition;
        this.createdBy = createdBy;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public int getVersion() {
        return version;
    }

    public String getDefinition() {
        return definition;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
