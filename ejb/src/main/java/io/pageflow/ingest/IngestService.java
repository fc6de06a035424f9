package io.pageflow.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Stream;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.pageflow.document.Document;
import io.pageflow.job.Job;
import io.pageflow.job.JobService;
import io.pageflow.logging.LogContext;
import io.pageflow.page.OcrLanguages;
import io.pageflow.split.PdfSplitter;
import io.pageflow.storage.StorageKeys;

/**
 * Takes an upload in: checks every file by content, streams the bytes to storage under a reserved document
 * id, then creates the document, the job and the split message in one transaction. Nothing heavy happens here, so the request answers at once.
 */
@ApplicationScoped
public class IngestService {

    private static final Logger LOG = Logger.getLogger(IngestService.class.getName());

    @Inject
    FileIntake files;

    @Inject
    IngestRecords records;

    @Inject
    OcrLanguages languages;

    @Inject
    JobService jobs;

    @Inject
    ImageLimits imageLimits;

    @Inject
    PdfSplitter splitter;

    @Inject
    @ConfigProperty(name = "pageflow.upload.max-files", defaultValue = "500")
    int maxFiles;

    @Inject
    @ConfigProperty(name = "pageflow.upload.max-bytes", defaultValue = "1073741824")
    long maxBytes;

    public UploadLimits limits() {
        return new UploadLimits(Stream.of(FileType.values()).map(FileType::mediaType).toList(), maxFiles, maxBytes,
                splitter.maxPages(), imageLimits.maxPixels(), languages.installed(), languages.defaultLanguage());
    }

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
        long documentId = records.reserveDocumentId();
        List<StoredFile> stored = new ArrayList<>();
        try {
            FileType first = null;
            for (int i = 0; i < uploads.size(); i++) {
                Upload upload = uploads.get(i);
                try (Sniffed file = files.sniff(upload.fileName(), upload.content())) {
                    FileType type = file.type();
                    if (first == null) {
                        first = type;
                    } else if (!type.isImage() || !first.isImage()) {
                        throw mixedFiles();
                    }
                    String storageKey = StorageKeys.original(documentId, i + 1, type.extension());
                    stored.add(files.store(storageKey, i + 1, upload.fileName(), file.content(), type));
                    checkTotalSize(stored);
                    if (type.isImage()) {
                        files.checkPixels(upload.fileName(), stored.get(stored.size() - 1));
                    }
                }
            }
            String fingerprint = FileIntake.fingerprint(stored);
            if (!Submission.STORE.equals(submission.onDuplicate())) {
                Optional<Job> existing = records.jobWithFingerprint(fingerprint);
                if (existing.isPresent()) {
                    removeObjects(stored);
                    if (Submission.REUSE.equals(submission.onDuplicate())) {
                        return new Submitted(existing.get(), true);
                    }
                    throw new DuplicateDocumentException(existing.get().getDocumentId(), existing.get().getId());
                }
            }
            String kind = first == FileType.PDF ? Document.KIND_PDF
                    : first.isOffice() ? Document.KIND_OFFICE : Document.KIND_IMAGES;
            String password = first == FileType.PDF ? submission.password() : null;
            var document = new IngestRecords.NewDocument(documentId, submission.title(), kind, language, fingerprint,
                    password);
            Job job = records.commit(document, stored, submission.options(), submission.callbackUrl());
            LogContext.job(job.getId());
            LOG.info(() -> "Job " + job.getId() + " queued: document " + documentId + ", " + stored.size() + " file(s), "
                    + stored.stream().mapToLong(StoredFile::size).sum() + " bytes");
            return new Submitted(job, false);
        } catch (EJBException e) {
            removeObjects(stored);
            // Two uploads with the same key at once: the unique key let one through; answer with its job.
            Optional<Job> winner = key == null ? Optional.empty() : jobs.findByIdempotencyKey(key);
            return winner.map(job -> new Submitted(job, true)).orElseThrow(() -> e);
        } catch (IOException e) {
            removeObjects(stored);
            throw new UploadRejectedException(400, "UPLOAD_INTERRUPTED", "The upload could not be read: " + e.getMessage());
        } catch (RuntimeException e) {
            removeObjects(stored);
            throw e;
        }
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

    private static UploadRejectedException mixedFiles() {
        return new UploadRejectedException(400, "MIXED_FILES",
                "A job is one PDF, one office document or one or more page images; send each PDF or office "
                        + "document as its own job.");
    }

    /**
     * Removes the objects of an upload that will not commit. No row refers to them; if this does not get to
     * run (a crash), the orphan sweeper removes them after its grace period.
     */
    private void removeObjects(List<StoredFile> stored) {
        stored.forEach(file -> files.deleteQuietly(file.storageKey()));
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
