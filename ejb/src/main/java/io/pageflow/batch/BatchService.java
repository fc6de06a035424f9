package io.pageflow.batch;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.pageflow.ingest.DuplicateDocumentException;
import io.pageflow.ingest.FileType;
import io.pageflow.ingest.IngestService;
import io.pageflow.ingest.OfficeContainers;
import io.pageflow.ingest.Submission;
import io.pageflow.ingest.Upload;
import io.pageflow.ingest.UploadRejectedException;

/**
 * Reads a ZIP upload (spooled to a temporary file and checked whole first, see {@link ArchiveCheck}) entry by entry: each acceptable entry goes through the same intake as a
 * single upload and becomes its own document and job; each refused one is recorded with its reason. Limits
 * on entry count, unpacked size and compression ratio stop the batch before a bomb reaches the disk.
 */
@ApplicationScoped
public class BatchService {

    @Inject
    IngestService ingest;

    @Inject
    BatchRecords records;

    @Inject
    BatchEnds ends;

    @Inject
    @ConfigProperty(name = "pageflow.zip.max-entries", defaultValue = "1000")
    int maxEntries;

    @Inject
    @ConfigProperty(name = "pageflow.zip.max-total-bytes", defaultValue = "2147483648")
    long maxTotalBytes;

    @Inject
    @ConfigProperty(name = "pageflow.zip.max-ratio", defaultValue = "100")
    int maxRatio;

    /**
     * Returns the batch id; the batch's summary says what became of every entry. A damaged archive is refused
     * whole (422 {@code ARCHIVE_CORRUPT}) before any entry is taken.
     */
    public long submit(String fileName, InputStream zip, Submission options) {
        Path spooled = spool(zip);
        try {
            refuseDocument(fileName, spooled);
            ArchiveCheck.verify(spooled, maxTotalBytes, maxRatio);
            long batchId = records.createBatch(fileName == null ? "upload.zip" : fileName);
            try (InputStream in = Files.newInputStream(spooled)) {
                read(batchId, in, options);
            } catch (IOException e) {
                records.batchStopped(batchId, "UPLOAD_INTERRUPTED", "The archive could not be read: " + e.getMessage());
            } finally {
                // whatever stopped the reading, the entries taken so far are the batch: it may end now
                ends.readEnded(batchId);
            }
            return batchId;
        } finally {
            deleteQuietly(spooled);
        }
    }

    private void read(long batchId, InputStream zip, Submission options) throws IOException {
        GuardedZipStream.CountingStream compressed = new GuardedZipStream.CountingStream(new BufferedInputStream(zip, 64 * 1024));
        int position = 0;
        try (ZipInputStream archive = new ZipInputStream(compressed)) {
            GuardedZipStream entries = new GuardedZipStream(archive, compressed, maxTotalBytes, maxRatio);
            ZipEntry entry;
            while ((entry = archive.getNextEntry()) != null) {
                if (ZipRules.isSkipped(entry.getName(), entry.isDirectory())) {
                    continue;
                }
                if (++position > maxEntries) {
                    throw new ZipLimitException("ZIP_TOO_MANY_ENTRIES", "The archive has more than " + maxEntries
                            + " files (PAGEFLOW_ZIP_MAX_ENTRIES)");
                }
                ingestEntry(batchId, position, entry.getName(), entries, options);
            }
            if (position == 0) {
                records.batchStopped(batchId, "ZIP_EMPTY", "The archive holds no file");
            }
        } catch (ZipLimitException e) {
            records.batchStopped(batchId, e.code(), e.getMessage() + "; files before it were taken");
        }
    }

    /** A DOCX or ODT is a ZIP too, but a document: its entries are no files to take one by one. */
    private static void refuseDocument(String fileName, Path spooled) {
        OfficeContainers.typeOf(spooled).ifPresent(type -> {
            throw new UploadRejectedException(415, "NOT_AN_ARCHIVE", "'" + fileName + "' is an office document ("
                    + type.extension().toUpperCase(java.util.Locale.ROOT) + "), not an archive of documents; send it "
                    + "to POST /api/jobs.");
        });
    }

    /** The archive to a temporary file first: it is read twice, and a broken upload is refused before any row. */
    private static Path spool(InputStream zip) {
        Path spooled = null;
        try (InputStream in = zip) {
            spooled = Files.createTempFile("pageflow-batch-", ".zip");
            Files.copy(in, spooled, StandardCopyOption.REPLACE_EXISTING);
            return spooled;
        } catch (IOException e) {
            deleteQuietly(spooled);
            throw new UploadRejectedException(400, "UPLOAD_INTERRUPTED", "The upload could not be read: " + e.getMessage());
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            if (path != null) {
                Files.deleteIfExists(path);
            }
        } catch (IOException ignored) {
            // a stray temp file is not worth failing the batch for
        }
    }

    private void ingestEntry(long batchId, int position, String name, InputStream entry, Submission options)
            throws IOException {
        BufferedInputStream in = new BufferedInputStream(entry, 64 * 1024);
        in.mark(16);
        byte[] head = in.readNBytes(16);
        in.reset();
        Optional<String> refusal = ZipRules.refusal(name, head);
        if (refusal.isPresent()) {
            records.entryRefused(batchId, position, name, refusal.get(), refusal.get().equals("UNSAFE_PATH")
                    ? "The entry's path leaves the archive's folder" : "Archives inside archives are not unpacked");
            drain(entry);
            return;
        }
        String baseName = name.substring(name.lastIndexOf('/') + 1);
        try {
            var submitted = ingest.submit(new Submission(baseName, options.language(), options.options(), null, options.onDuplicate()),
                    List.of(new Upload(baseName, in)));
            records.entryQueued(batchId, position, name, submitted.job().getId());
        } catch (UploadRejectedException e) {
            if (FileType.isZip(head) && e.code().equals("UNSUPPORTED_TYPE")) {
                records.entryRefused(batchId, position, name, "NESTED_ARCHIVE", "Archives inside archives are not unpacked");
            } else {
                records.entryRefused(batchId, position, name, e.code(), e.getMessage());
            }
            drain(entry);
        } catch (DuplicateDocumentException e) {
            records.entryRefused(batchId, position, name, "DUPLICATE", e.getMessage());
        }
    }

    /** Reads what is left of a refused entry through the guard, so that the limits still apply to it. */
    private static void drain(InputStream entry) throws IOException {
        entry.transferTo(OutputStream.nullOutputStream());
    }
}
