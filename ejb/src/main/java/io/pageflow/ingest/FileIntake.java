package io.pageflow.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.pageflow.ingest.IngestService.StoredFile;
import io.pageflow.metrics.PipelineMetrics;
import io.pageflow.storage.ObjectStorage;
import io.pageflow.storage.StorageKeys;

/**
 * One uploaded file into storage: its type judged by content, its bytes streamed with their SHA-256, and the
 * checks that need the stored bytes (an image's declared size, a page PDF's page count).
 */
@ApplicationScoped
public class FileIntake {

    static final int BUFFER = 64 * 1024;

    @Inject
    ObjectStorage storage;

    @Inject
    ImageLimits imageLimits;

    @Inject
    PipelineMetrics metrics;

    @Inject
    @ConfigProperty(name = "pageflow.upload.max-bytes", defaultValue = "1073741824")
    long maxBytes;

    /**
     * Tells the type of an upload by its content and returns it with the bytes to store. A type with a magic
     * number streams on from the upload; a ZIP container (office document or archive) and text without one
     * (HTML, plain text) are spooled to a temporary file first and judged whole. Refuses empty and
     * unsupported files.
     */
    Sniffed sniff(String fileName, InputStream upload) throws IOException {
        BufferedInputStream in = new BufferedInputStream(upload, BUFFER);
        in.mark(FileType.HEAD_LENGTH);
        byte[] head = in.readNBytes(FileType.HEAD_LENGTH);
        in.reset();
        if (head.length == 0) {
            throw new UploadRejectedException(400, "EMPTY_FILE", "File '" + fileName + "' is empty.");
        }
        Optional<FileType> magic = FileType.detect(head);
        if (magic.isPresent()) {
            return new Sniffed(magic.get(), in, null);
        }
        Path spool = spool(fileName, in);
        try {
            Optional<FileType> type;
            if (FileType.isZip(head)) {
                type = OfficeContainers.typeOf(spool);
                if (type.isEmpty()) {
                    throw new UploadRejectedException(415, "UNSUPPORTED_TYPE", "File '" + fileName + "' is a ZIP "
                            + "archive, not an office document (judged by its entries); send archives of documents "
                            + "to POST /api/batches.");
                }
            } else {
                try (InputStream content = Files.newInputStream(spool)) {
                    type = TextContent.judge(content);
                }
            }
            return new Sniffed(type.orElseThrow(() -> unsupported(fileName)), Files.newInputStream(spool), spool);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(spool);
            throw e;
        }
    }

    private static UploadRejectedException unsupported(String fileName) {
        return new UploadRejectedException(415, "UNSUPPORTED_TYPE", "File '" + fileName + "' is not a PDF, an "
                + "image (PNG, JPEG, TIFF, WebP), an office document (DOCX, XLSX, PPTX, ODT, ODS, RTF), HTML or "
                + "UTF-8 plain text (judged by its content).");
    }

    /** Copies the upload to a temporary file, refusing it as soon as it passes the upload limit. */
    private Path spool(String fileName, InputStream in) throws IOException {
        Path spool = Files.createTempFile("pageflow-sniff-", ".tmp");
        try (InputStream source = in; OutputStream out = Files.newOutputStream(spool)) {
            byte[] buffer = new byte[BUFFER];
            long copied = 0;
            int read;
            while ((read = source.read(buffer)) != -1) {
                copied += read;
                if (copied > maxBytes) {
                    throw new UploadRejectedException(413, "UPLOAD_TOO_LARGE", "File '" + fileName
                            + "' has more than " + maxBytes + " bytes (PAGEFLOW_UPLOAD_MAX_BYTES).");
                }
                out.write(buffer, 0, read);
            }
            return spool;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(spool);
            throw e;
        }
    }

    StoredFile store(String key, int position, String fileName, InputStream content, FileType type) {
        MessageDigest sha256 = sha256();
        long size = storage.put(key, new DigestInputStream(content, sha256));
        metrics.uploaded(size);
        return new StoredFile(position, safeName(fileName), type.mediaType(), key, size,
                HexFormat.of().formatHex(sha256.digest()));
    }

    /**
     * Stores one page file uploaded on its own (to add or replace a page): an image, or a one-page PDF.
     * Returns its storage key.
     */
    public String storePageFile(long documentId, Upload upload) {
        try (Sniffed file = sniff(upload.fileName(), upload.content())) {
            FileType type = file.type();
            if (type.isOffice()) {
                throw new UploadRejectedException(415, "UNSUPPORTED_TYPE", "A page is one image or a one-page PDF; '"
                        + upload.fileName() + "' is " + type.mediaType() + ".");
            }
            String key = StorageKeys.addedPage(documentId, type.extension());
            StoredFile stored = store(key, 0, upload.fileName(), file.content(), type);
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

    /** Reads only the stored image's header; the pixels are decoded later, by the page stage, if at all. */
    void checkPixels(String fileName, StoredFile file) throws IOException {
        long pixels;
        try (InputStream in = storage.open(file.storageKey())) {
            pixels = ImageLimits.declaredPixels(in);
        }
        if (imageLimits.isTooLarge(pixels)) {
            throw new UploadRejectedException(400, "IMAGE_TOO_LARGE", "Image '" + fileName + "' declares " + pixels
                    + " pixels; the limit is " + imageLimits.maxPixels() + " (PAGEFLOW_IMAGE_MAX_PIXELS).");
        }
    }

    /** Counts the pages from a temporary copy: PDFBox seeks in a file instead of holding the PDF in memory. */
    private void checkSinglePage(String fileName, String key) throws IOException {
        Path copy = Files.createTempFile("pageflow-intake-", ".pdf");
        try {
            try (InputStream in = storage.open(key)) {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            int pages;
            try (PDDocument pdf = Loader.loadPDF(copy.toFile())) {
                pages = pdf.getNumberOfPages();
            } catch (IOException e) {
                throw new UploadRejectedException(400, "PDF_CORRUPT", "File '" + fileName + "' cannot be read as a PDF");
            }
            if (pages != 1) {
                throw new UploadRejectedException(400, "SINGLE_PAGE_ONLY",
                        "A page is one image or a one-page PDF; '" + fileName + "' has " + pages + " pages.");
            }
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    void deleteQuietly(String key) {
        try {
            storage.delete(key);
        } catch (RuntimeException ignored) {
            // an orphaned object is harmless (the sweeper removes it); the upload has failed either way
        }
    }

    /** SHA-256 over the files' SHA-256s in order: the same files give the same fingerprint. */
    static String fingerprint(List<StoredFile> files) {
        MessageDigest digest = sha256();
        files.forEach(f -> digest.update(f.sha256().getBytes(StandardCharsets.US_ASCII)));
        return HexFormat.of().formatHex(digest.digest());
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
}
