package io.pageflow.understanding.type;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.pageflow.versioned.VersionedDefinition;

/** One version of a document type, as stored (JSONB: its members are queried, their order does not matter). */
@Entity
@Table(name = "document_type")
public class DocumentType extends VersionedDefinition {

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    private String definition;

    protected DocumentType() {
    }

    DocumentType(String name, int version, String definition, String createdBy) {
        super(name, version, createdBy);
        this.definition = definition;
    }

    @Override
    public String getDefinition() {
        return definition;
    }
}
