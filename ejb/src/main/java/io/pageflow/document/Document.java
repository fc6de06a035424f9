package io.pageflow.document;

import java.time.OffsetDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An uploaded unit of work: one PDF, or page images that together make one document. */
@Entity
@Table(name = "document")
public class Document {

    public static final String KIND_PDF = "pdf";
    public static final String KIND_IMAGES = "images";
    /** An office document (or HTML or text), split after LibreOffice has converted it to a PDF. */
    public static final String KIND_OFFICE = "office";

    /** Reserved from the table's sequence before the upload's objects are stored under it. */
    @Id
    private Long id;
    private String title;
    private String kind;
    private String language;
    private Integer pageCount;
    /** SHA-256 over the SHA-256s of the document's files in order; finds duplicate uploads. */
    private String fingerprint;
    /** Needed by the split stage only, and cleared when it is done. */
    private String pdfPassword;
    private OffsetDateTime createdAt = OffsetDateTime.now();
    /** Stamped from the request that makes it (docs/security.md). */
    private String owner = io.pageflow.security.Actor.current();
    /** Written by the extract stage and corrections only (io.pageflow.understanding.PageUnderstandings). */
    private String docType;
    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.JSON)
    @jakarta.persistence.Column(columnDefinition = "jsonb")
    private String extraction;

    protected Document() {
    }

    public Document(long id, String title, String kind, String language, String fingerprint, String pdfPassword) {
        this.id = id;
        this.title = title;
        this.kind = kind;
        this.language = language;
        this.fingerprint = fingerprint;
        this.pdfPassword = pdfPassword;
    }

    public String getPdfPassword() {
        return pdfPassword;
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

    /** Split as a PDF: uploaded as one, or converted to one. */
    public boolean isPdf() {
        return KIND_PDF.equals(kind) || isOffice();
    }

    public boolean isOffice() {
        return KIND_OFFICE.equals(kind);
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

    public String getDocType() {
        return docType;
    }

    /** The document's merged fields as JSON, or null before the extract stage. */
    public String getExtraction() {
        return extraction;
    }

    /** The user who uploaded it, or {@code null} (before users existed, or the pipeline itself). */
    public String getOwner() {
        return owner;
    }
}
