package io.pageflow.batch;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.pageflow.ingest.UploadRejectedException;

class ArchiveCheckTest {

    @TempDir
    Path dir;

    @Test
    void aWholeArchivePasses() throws IOException {
        assertDoesNotThrow(() -> ArchiveCheck.verify(write(zip()), Long.MAX_VALUE, 100));
    }

    @Test
    void aTruncatedArchiveIsRefusedAsCorrupt() throws IOException {
        byte[] whole = zip();
        UploadRejectedException e = assertThrows(UploadRejectedException.class,
                () -> ArchiveCheck.verify(write(Arrays.copyOf(whole, whole.length / 2)), Long.MAX_VALUE, 100));
        assertEquals(422, e.status());
        assertEquals("ARCHIVE_CORRUPT", e.code());
    }

    @Test
    void aDamagedEntryIsRefusedEvenWithItsDirectoryIntact() throws IOException {
        byte[] damaged = zip();
        // flip bytes inside the second entry's compressed data; the central directory at the end stays whole
        for (int i = damaged.length / 2; i < damaged.length / 2 + 64; i++) {
            damaged[i] ^= (byte) 0x5A;
        }
        UploadRejectedException e = assertThrows(UploadRejectedException.class,
                () -> ArchiveCheck.verify(write(damaged), Long.MAX_VALUE, 100));
        assertEquals("ARCHIVE_CORRUPT", e.code());
        assertTrue(e.getMessage().contains("No entry was taken"), e.getMessage());
    }

    @Test
    void bytesThatAreNoArchiveAtAllAreRefused() throws IOException {
        assertEquals("ARCHIVE_CORRUPT", assertThrows(UploadRejectedException.class,
                () -> ArchiveCheck.verify(write("not a zip".getBytes()), Long.MAX_VALUE, 100)).code());
    }

    private Path write(byte[] bytes) throws IOException {
        return Files.write(Files.createTempFile(dir, "archive", ".zip"), bytes);
    }

    /** Two entries of incompressible bytes, so that the middle of the archive is entry data. */
    private static byte[] zip() throws IOException {
        Random random = new Random(3);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String name : new String[] {"a.pdf", "b.pdf"}) {
                byte[] data = new byte[64 * 1024];
                random.nextBytes(data);
                zip.putNextEntry(new ZipEntry(name));
                zip.write(data);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
