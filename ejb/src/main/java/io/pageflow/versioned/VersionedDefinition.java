package io.pageflow.versioned;

import java.time.OffsetDateTime;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * One version of a named definition, as stored. Rows are never changed: a change is the next version, so what
 * was read or written with a version can always be traced back to it. Subclasses hold the definition itself,
 * in the column type their table needs.
 */
@MappedSuperclass
public abstract class VersionedDefinition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private int version;
    private OffsetDateTime createdAt = OffsetDateTime.now();
    private String createdBy;

    protected VersionedDefinition() {
    }

    protected VersionedDefinition(String name, int version, String createdBy) {
        this.name = name;
        this.version = version;
        this.createdBy = createdBy;
    }

    /** The definition as JSON text. */
    public abstract String getDefinition();

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public int getVersion() {
        return version;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
