package io.pageflow.document;

import java.time.OffsetDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An uploaded unit of work: one PDF, or page images that together make one document. */
@Entity
@Table(name = "document")
public class Document {

    public static final String KIND_PDF = "pdf";
    public static final String KIND_IMAGES = "images";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String title;
    private String kind;
    private String language;
    private Integer pageCount;
    /** SHA-256 over the SHA-256s of the document's files in order; finds duplicate uploads. */
    private String fingerprint;
    private OffsetDateTime createdAt = OffsetDateTime.now();

    protected Document() {
    }

    public Document(String title, String kind, String language) {
        this.title = title;
        this.kind = kind;
        this.language = language;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getKind() {
        return kind;
    }

    public boolean isPdf() {
        return KIND_PDF.equals(kind);
    }

    public String getLanguage() {
        return language;
    }

    public Integer getPageCount() {
        return pageCount;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
