package io.pageflow.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSystemStorageTest {

    @TempDir
    Path root;

    @Test
    void storesReadsReplacesAndDeletes() throws IOException {
        FileSystemStorage storage = new FileSystemStorage(root);
        String key = StorageKeys.imageBeside(StorageKeys.pageSource(42, 7));
        assertEquals("documents/42/pages/page-0007.png", key);
        assertEquals(3, storage.put(key, new byte[] {1, 2, 3}));
        storage.put(key, new byte[] {4, 5});
        try (InputStream in = storage.open(key)) {
            assertArrayEquals(new byte[] {4, 5}, in.readAllBytes());
        }
        try (var files = Files.list(root.resolve("documents/42/pages"))) {
            assertEquals(1, files.count(), "no temporary files are left beside the object");
        }
        storage.delete(key);
        assertFalse(storage.exists(key));
    }

    @Test
    void keysThatCouldEscapeTheRootAreRefused() {
        FileSystemStorage storage = new FileSystemStorage(root);
        for (String key : new String[] {"../outside", "documents/../../x", "/etc/passwd", "a//b", "", ".hidden"}) {
            assertThrows(IllegalArgumentException.class, () -> storage.put(key, new byte[] {1}), key);
        }
        assertTrue(Files.notExists(root.getParent().resolve("outside")));
    }

    @Test
    void missingObjectIsAStorageError() {
        FileSystemStorage storage = new FileSystemStorage(root);
        assertThrows(StorageException.class, () -> storage.open("results/1.json"));
    }
}
