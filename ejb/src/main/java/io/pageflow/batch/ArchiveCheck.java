package io.pageflow.batch;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import io.pageflow.ingest.UploadRejectedException;

/**
 * Reads a spooled archive once, end to end, before anything is taken from it: its central directory must be
 * there (a truncated upload has none) and every entry must inflate to its recorded size and CRC. A damaged
 * archive is refused whole, so that sending it again, repaired, never leaves duplicates of the entries that
 * happened to come before the damage. The same limits as the real read apply, so a bomb costs no more here.
 */
final class ArchiveCheck {

    static final String CODE = "ARCHIVE_CORRUPT";

    private ArchiveCheck() {
    }

    /** Returns normally when the archive reads, or stops at a limit (which the real read reports on the batch). */
    static void verify(Path zip, long maxTotalBytes, int maxRatio) {
        try (ZipFile directory = new ZipFile(zip.toFile())) {
            directory.size();
        } catch (IOException e) {
            throw corrupt("it is not a complete ZIP archive (" + e.getMessage() + ")");
        }
        String current = null;
        try (InputStream file = new BufferedInputStream(Files.newInputStream(zip), 64 * 1024)) {
            GuardedZipStream.CountingStream compressed = new GuardedZipStream.CountingStream(file);
            try (ZipInputStream archive = new ZipInputStream(compressed)) {
                InputStream entries = new GuardedZipStream(archive, compressed, maxTotalBytes, maxRatio);
                ZipEntry entry;
                while ((entry = archive.getNextEntry()) != null) {
                    current = entry.getName();
                    entries.transferTo(OutputStream.nullOutputStream());
                }
            }
        } catch (ZipLimitException e) {
            // reading stops here in the real pass too, before any damage further on
        } catch (IOException e) {
            throw corrupt(current == null ? "its first entry cannot be read (" + e.getMessage() + ")"
                    : "entry '" + current + "' cannot be read (" + e.getMessage() + ")");
        }
    }

    private static UploadRejectedException corrupt(String why) {
        return new UploadRejectedException(422, CODE, "The archive is damaged: " + why
                + ". No entry was taken; send the archive again.");
    }
}
