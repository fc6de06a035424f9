package io.pageflow.document;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One uploaded file of a document, kept as it came, in the position the client gave it. */
@Entity
@Table(name = "source_file")
public class SourceFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long documentId;
    private int position;
    private String fileName;
    private String contentType;
    private String storageKey;
    private long sizeBytes;
    private String sha256;

    protected SourceFile() {
    }

    public SourceFile(long documentId, int position, String fileName, String contentType, String storageKey,
            long sizeBytes, String sha256) {
        this.documentId = documentId;
        this.position = position;
        this.fileName = fileName;
        this.contentType = contentType;
        this.storageKey = storageKey;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
    }

    public Long getId() {
        return id;
    }

    public long getDocumentId() {
        return documentId;
    }

    public int getPosition() {
        return position;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public String getStorageKey() {
        return storageKey;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }
}
