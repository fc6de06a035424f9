package io.pageflow.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.pageflow.document.Document;
import io.pageflow.job.Job;
import io.pageflow.job.JobService;
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

    @Inject
    JobService jobs;

    @Inject
    ImageLimits imageLimits;

    @Inject
    @ConfigProperty(name = "pageflow.upload.max-files", defaultValue = "500")
    int maxFiles;

    @Inject
    @ConfigProperty(name = "pageflow.upload.max-bytes", defaultValue = "1073741824")
    long maxBytes;

    /**
     * Stores the files and queues their job; with an idempotency key already used, returns that key's job
     * instead and stores nothing.
     */
    public Submitted submit(Submission submission, List<Upload> uploads) {
        String key = submission.options().idempotencyKey();
        if (key != null) {
            Optional<Job> existing = jobs.findByIdempotencyKey(key);
            if (existing.isPresent()) {
                uploads.forEach(IngestService::closeQuietly);
                return new Submitted(existing.get(), true);
            }
        }
        checkCount(uploads);
        String language = languages.resolve(submission.language());
        Document document = null;
        List<StoredFile> stored = new ArrayList<>();
        try {
            FileType first = null;
            for (int i = 0; i < uploads.size(); i++) {
                Upload upload = uploads.get(i);
                try (BufferedInputStream in = new BufferedInputStream(upload.content(), 64 * 1024)) {
                    FileType type = detect(upload.fileName(), in);
                    if (first == null) {
                        first = type;
                        String kind = type == FileType.PDF ? Document.KIND_PDF : Document.KIND_IMAGES;
                        document = records.createDocument(submission.title(), kind, language);
                    } else if (type == FileType.PDF || first == FileType.PDF) {
                        throw mixedFiles();
                    }
                    stored.add(store(document.getId(), i + 1, upload.fileName(), in, type));
                    checkTotalSize(stored);
                    if (type.isImage()) {
                        checkPixels(upload.fileName(), stored.get(stored.size() - 1));
                    }
                }
            }
            String fingerprint = fingerprint(stored);
            if (!Submission.STORE.equals(submission.onDuplicate())) {
                Optional<Job> existing = records.jobWithFingerprint(fingerprint);
                if (existing.isPresent()) {
                    rollBack(document, stored);
                    if (Submission.REUSE.equals(submission.onDuplicate())) {
                        return new Submitted(existing.get(), true);
                    }
                    throw new DuplicateDocumentException(existing.get().getDocumentId(), existing.get().getId());
                }
            }
            records.setFingerprint(document.getId(), fingerprint);
            if (submission.password() != null && first == FileType.PDF) {
                records.setPdfPassword(document.getId(), submission.password());
            }
            return new Submitted(records.createJob(document.getId(), stored, submission.options()), false);
        } catch (EJBException e) {
            rollBack(document, stored);
            // Two uploads with the same key at once: the unique key let one through; answer with its job.
            Optional<Job> winner = key == null ? Optional.empty() : jobs.findByIdempotencyKey(key);
            return winner.map(job -> new Submitted(job, true)).orElseThrow(() -> e);
        } catch (IOException e) {
            rollBack(document, stored);
            throw new UploadRejectedException(400, "UPLOAD_INTERRUPTED", "The upload could not be read: " + e.getMessage());
        } catch (RuntimeException e) {
            rollBack(document, stored);
            throw e;
        }
    }

    /**
     * Stores one page file uploaded on its own (to add or replace a page): an image, or a one-page PDF.
     * Returns its storage key.
     */
    public String storePageFile(long documentId, Upload upload) {
        try (BufferedInputStream in = new BufferedInputStream(upload.content(), 64 * 1024)) {
            FileType type = detect(upload.fileName(), in);
            String key = StorageKeys.addedPage(documentId, type.extension());
            MessageDigest sha256 = sha256();
            long size = storage.put(key, new DigestInputStream(in, sha256));
            StoredFile stored = new StoredFile(0, safeName(upload.fileName()), type.mediaType(), key, size,
                    HexFormat.of().formatHex(sha256.digest()));
            try {
                if (type.isImage()) {
                    checkPixels(upload.fileName(), stored);
                } else {
                    checkSinglePage(upload.fileName(), key);
                }
            } catch (RuntimeException | IOException e) {
                deleteQuietly(key);
                throw e;
            }
            return key;
        } catch (IOException e) {
            throw new UploadRejectedException(400, "UPLOAD_INTERRUPTED", "The upload could not be read: " + e.getMessage());
        }
    }

    private void checkSinglePage(String fileName, String key) throws IOException {
        int pages;
        try (InputStream in = storage.open(key); PDDocument pdf = Loader.loadPDF(in.readAllBytes())) {
            pages = pdf.getNumberOfPages();
        } catch (IOException e) {
            throw new UploadRejectedException(400, "PDF_CORRUPT", "File '" + fileName + "' cannot be read as a PDF");
        }
        if (pages != 1) {
            throw new UploadRejectedException(400, "SINGLE_PAGE_ONLY",
                    "A page is one image or a one-page PDF; '" + fileName + "' has " + pages + " pages.");
        }
    }

    /** SHA-256 over the files' SHA-256s in order. */
    static String fingerprint(List<StoredFile> files) {
        MessageDigest digest = sha256();
        files.forEach(f -> digest.update(f.sha256().getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        return HexFormat.of().formatHex(digest.digest());
    }

    private void checkCount(List<Upload> uploads) {
        if (uploads.isEmpty()) {
            throw new UploadRejectedException(400, "NO_FILE", "Send the document in the multipart field 'file'.");
        }
        if (uploads.size() > maxFiles) {
            throw new UploadRejectedException(400, "TOO_MANY_FILES",
                    "At most " + maxFiles + " files per job; " + uploads.size() + " were sent.");
        }
    }

    /** Catches uploads sent without a declared length; declared ones were refused before their body was read. */
    private void checkTotalSize(List<StoredFile> stored) {
        long total = stored.stream().mapToLong(StoredFile::size).sum();
        if (total > maxBytes) {
            throw new UploadRejectedException(413, "UPLOAD_TOO_LARGE",
                    "The upload has more than " + maxBytes + " bytes (PAGEFLOW_UPLOAD_MAX_BYTES).");
        }
    }

    /** Reads only the stored image's header; the pixels are decoded later, by the page stage, if at all. */
    private void checkPixels(String fileName, StoredFile file) throws IOException {
        long pixels;
        try (InputStream in = storage.open(file.storageKey())) {
            pixels = ImageLimits.declaredPixels(in);
        }
        if (imageLimits.isTooLarge(pixels)) {
            throw new UploadRejectedException(400, "IMAGE_TOO_LARGE", "Image '" + fileName + "' declares " + pixels
                    + " pixels; the limit is " + imageLimits.maxPixels() + " (PAGEFLOW_IMAGE_MAX_PIXELS).");
        }
    }

    private static UploadRejectedException mixedFiles() {
        return new UploadRejectedException(400, "MIXED_FILES",
                "A job is one PDF or one or more page images, not both; send each PDF as its own job.");
    }

    private static FileType detect(String fileName, BufferedInputStream in) throws IOException {
        in.mark(FileType.HEAD_LENGTH);
        byte[] head = in.readNBytes(FileType.HEAD_LENGTH);
        in.reset();
        if (head.length == 0) {
            throw new UploadRejectedException(400, "EMPTY_FILE", "File '" + fileName + "' is empty.");
        }
        return FileType.detect(head).orElseThrow(() -> new UploadRejectedException(415, "UNSUPPORTED_TYPE",
                "File '" + fileName + "' is not a PDF, PNG, JPEG, TIFF or WebP file (judged by its content)."));
    }

    private StoredFile store(long documentId, int position, String fileName, InputStream content, FileType type) {
        String key = StorageKeys.original(documentId, position, type.extension());
        MessageDigest sha256 = sha256();
        long size = storage.put(key, new DigestInputStream(content, sha256));
        return new StoredFile(position, safeName(fileName), type.mediaType(), key, size,
                HexFormat.of().formatHex(sha256.digest()));
    }

    private void rollBack(Document document, List<StoredFile> stored) {
        stored.forEach(file -> deleteQuietly(file.storageKey()));
        if (document != null) {
            records.deleteDocument(document.getId());
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

    private static void closeQuietly(Upload upload) {
        try {
            upload.content().close();
        } catch (IOException ignored) {
            // nothing was read from it
        }
    }

    /**
     * The job of an upload.
     *
     * @param replayed whether the job already existed for the request's idempotency key
     */
    public record Submitted(Job job, boolean replayed) {
    }

    /** A file once it is in storage. */
    public record StoredFile(int position, String fileName, String contentType, String storageKey, long size,
            String sha256) {
    }
}
