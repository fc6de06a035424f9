package io.pageflow.storage;

import java.util.Locale;
import java.util.regex.Pattern;

/** The deterministic layout of objects: the same document, page or job always has the same key. */
public final class StorageKeys {

    private static final Pattern SAFE_KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*(/[A-Za-z0-9][A-Za-z0-9._-]*)*");

    private StorageKeys() {
    }

    public static String original(long documentId, int position, String extension) {
        return String.format(Locale.ROOT, "documents/%d/original/file-%04d.%s", documentId, position, extension);
    }

    /**
     * The PDF that LibreOffice made of an office document: derived, so it can always be made again. Named by the
     * original's SHA-256, so that an object left under a document id that is used again (a database restored
     * beside newer storage) is never taken for the PDF of different bytes.
     */
    public static String converted(long documentId, String originalSha256) {
        return String.format(Locale.ROOT, "documents/%d/derived/%s.pdf", documentId, originalSha256);
    }

    /** The single-page PDF cut from the document at split time. */
    public static String pageSource(long documentId, int pageNumber) {
        return String.format(Locale.ROOT, "documents/%d/pages/page-%04d.pdf", documentId, pageNumber);
    }

    /**
     * The page image rendered from a PDF page source: the same key with {@code .png}, so that it stays tied to
     * its source however the document's pages are renumbered.
     */
    public static String imageBeside(String pdfSourceKey) {
        return pdfSourceKey.substring(0, pdfSourceKey.length() - ".pdf".length()) + ".png";
    }

    /** A page file uploaded on its own (added or replacing a page): a fresh key, never overwriting another. */
    public static String addedPage(long documentId, String extension) {
        return String.format(Locale.ROOT, "documents/%d/original/page-%s.%s", documentId,
                java.util.UUID.randomUUID(), extension);
    }

    public static String result(long jobId, String format) {
        return String.format(Locale.ROOT, "results/%d.%s", jobId, format);
    }

    /**
     * Rejects keys that could leave the storage root ({@code ..}, absolute paths, odd characters): every key
     * is made by this class, so anything else is a bug, never a file to write.
     */
    public static String requireSafe(String key) {
        if (key == null || !SAFE_KEY.matcher(key).matches() || key.contains("..")) {
            throw new IllegalArgumentException("Unsafe storage key: " + key);
        }
        return key;
    }
}
