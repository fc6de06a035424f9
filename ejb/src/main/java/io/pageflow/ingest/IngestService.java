package io.pageflow.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.pageflow.document.Document;
import io.pageflow.job.Job;
import io.pageflow.page.OcrLanguages;
import io.pageflow.storage.ObjectStorage;
import io.pageflow.storage.StorageKeys;

/**
 * Takes an upload in: checks every file by content, streams the bytes to storage, then creates the job and
 * rings the split stage in one transaction. Nothing heavy happens here, so the request answers at once.
 */
@ApplicationScoped
public class IngestService {

    @Inject
    ObjectStorage storage;

    @Inject
    IngestRecords records;

    @Inject
    OcrLanguages languages;

    @ConfigProperty(name = "pageflow.upload.max-files", defaultValue = "500")
    int maxFiles;

    public Job submit(Submission submission, List<? extends Upload> uploads) {
        List<FileType> types = checkFiles(uploads);
        String language = languages.resolve(submission.language());
        String kind = types.get(0) == FileType.PDF ? Document.KIND_PDF : Document.KIND_IMAGES;

        Document document = records.createDocument(submission.title(), kind, language);
        List<StoredFile> stored = new ArrayList<>();
        try {
            for (int i = 0; i < uploads.size(); i++) {
                stored.add(store(document.getId(), i + 1, uploads.get(i), types.get(i)));
            }
            return records.createJob(document.getId(), stored);
        } catch (RuntimeException e) {
            stored.forEach(file -> deleteQuietly(file.storageKey()));
            records.deleteDocument(document.getId());
            throw e;
        }
    }

    private List<FileType> checkFiles(List<? extends Upload> uploads) {
        if (uploads.isEmpty()) {
            throw new UploadRejectedException(400, "NO_FILE", "Send the document in the multipart field 'file'.");
        }
        if (uploads.size() > maxFiles) {
            throw new UploadRejectedException(400, "TOO_MANY_FILES",
                    "At most " + maxFiles + " files per job; " + uploads.size() + " were sent.");
        }
        List<FileType> types = new ArrayList<>();
        for (Upload upload : uploads) {
            types.add(detect(upload));
        }
        boolean hasPdf = types.contains(FileType.PDF);
        if (hasPdf && types.size() > 1) {
            throw new UploadRejectedException(400, "MIXED_FILES",
                    "A job is one PDF or one or more page images, not both; send each PDF as its own job.");
        }
        return types;
    }

    private static FileType detect(Upload upload) {
        if (upload.size() == 0) {
            throw new UploadRejectedException(400, "EMPTY_FILE", "File '" + upload.fileName() + "' is empty.");
        }
        byte[] head;
        try (InputStream in = upload.open()) {
            head = in.readNBytes(FileType.HEAD_LENGTH);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return FileType.detect(head).orElseThrow(() -> new UploadRejectedException(415, "UNSUPPORTED_TYPE",
                "File '" + upload.fileName() + "' is not a PDF, PNG, JPEG, TIFF or WebP file (judged by its content)."));
    }

    private StoredFile store(long documentId, int position, Upload upload, FileType type) {
        String key = StorageKeys.original(documentId, position, type.extension());
        MessageDigest sha256 = sha256();
        try (InputStream in = new DigestInputStream(upload.open(), sha256)) {
            long size = storage.put(key, in);
            return new StoredFile(position, safeName(upload.fileName()), type.mediaType(), key, size,
                    HexFormat.of().formatHex(sha256.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void deleteQuietly(String key) {
        try {
            storage.delete(key);
        } catch (RuntimeException ignored) {
            // an orphaned object is harmless; the upload has failed either way
        }
    }

    private static String safeName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "upload";
        }
        String base = fileName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        return base.length() > 255 ? base.substring(0, 255) : base;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A file once it is in storage. */
    public record StoredFile(int position, String fileName, String contentType, String storageKey, long size,
            String sha256) {
    }
}
