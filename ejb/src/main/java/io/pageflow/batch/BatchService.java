package io.pageflow.batch;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.pageflow.ingest.DuplicateDocumentException;
import io.pageflow.ingest.IngestService;
import io.pageflow.ingest.Submission;
import io.pageflow.ingest.Upload;
import io.pageflow.ingest.UploadRejectedException;

/**
 * Reads a ZIP upload as a stream, entry by entry: each acceptable entry goes through the same intake as a
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
    @ConfigProperty(name = "pageflow.zip.max-entries", defaultValue = "1000")
    int maxEntries;

    @Inject
    @ConfigProperty(name = "pageflow.zip.max-total-bytes", defaultValue = "2147483648")
    long maxTotalBytes;

    @Inject
    @ConfigProperty(name = "pageflow.zip.max-ratio", defaultValue = "100")
    int maxRatio;

    /** Returns the batch id; the batch's summary says what became of every entry. */
    public long submit(String fileName, InputStream zip, Submission options) {
        long batchId = records.createBatch(fileName == null ? "upload.zip" : fileName);
        GuardedZipStream.CountingStream compressed = new GuardedZipStream.CountingStream(zip);
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
        } catch (ZipException e) {
            records.batchStopped(batchId, "ZIP_CORRUPT", "The archive cannot be read: " + e.getMessage());
        } catch (IOException e) {
            records.batchStopped(batchId, "UPLOAD_INTERRUPTED", "The upload could not be read: " + e.getMessage());
        }
        return batchId;
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
            records.entryRefused(batchId, position, name, e.code(), e.getMessage());
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
