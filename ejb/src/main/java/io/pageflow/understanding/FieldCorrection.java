package io.pageflow.understanding;

import java.io.Serializable;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A person's value for one field of one page; JSON {@code null} says the field is not on the page. */
@Entity
@Table(name = "field_correction")
@IdClass(FieldCorrection.Key.class)
public class FieldCorrection {

    public record Key(long pageId, String field) implements Serializable {
        public Key() {
            this(0, null);
        }
    }

    @Id
    private long pageId;
    @Id
    private String field;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    private String value;
    private String correctedBy;
    private OffsetDateTime correctedAt = OffsetDateTime.now();

    protected FieldCorrection() {
    }

    FieldCorrection(long pageId, String field, String value, String correctedBy) {
        this.pageId = pageId;
        this.field = field;
        this.value = value;
        this.correctedBy = correctedBy;
    }

    void change(String newValue, String by) {
        this.value = newValue;
        this.correctedBy = by;
        this.correctedAt = OffsetDateTime.now();
    }

    public long getPageId() {
        return pageId;
    }

    public String getField() {
        return field;
    }

    public String getValue() {
        return value;
    }

    public String getCorrectedBy() {
        return correctedBy;
    }

    public OffsetDateTime getCorrectedAt() {
        return correctedAt;
    }
}
