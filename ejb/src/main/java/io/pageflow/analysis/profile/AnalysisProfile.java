package io.pageflow.analysis.profile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.pageflow.versioned.VersionedDefinition;

/** One version of an analysis profile, as stored. */
@Entity
@Table(name = "analysis_profile")
public class AnalysisProfile extends VersionedDefinition {

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    private String definition;

    protected AnalysisProfile() {
    }

    AnalysisProfile(String name, int version, String definition, String createdBy) {
        super(name, version, createdBy);
        this.definition = definition;
    }

    @Override
    public String getDefinition() {
        return definition;
    }
}
