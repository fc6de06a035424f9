package io.pageflow.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/** Objects as files under one root directory; the embedded default. */
public class FileSystemStorage implements ObjectStorage {

    private final Path root;

    public FileSystemStorage(Path root) {
        this.root = root.toAbsolutePath().normalize();
        try {
            Files.createDirectories(this.root);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create storage directory " + this.root, e);
        }
    }

    @Override
    public long put(String key, InputStream content) {
        Path target = resolve(key);
        Path temp = null;
        try {
            Files.createDirectories(target.getParent());
            // Write beside the target, then rename: readers never see a partial object.
            temp = Files.createTempFile(target.getParent(), ".incoming-", ".tmp");
            long size = Files.copy(content, temp, StandardCopyOption.REPLACE_EXISTING);
            moveIntoPlace(temp, target);
            return size;
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new StorageException("Cannot write " + key, e);
        }
    }

    @Override
    public InputStream open(String key) {
        try {
            return Files.newInputStream(resolve(key));
        } catch (NoSuchFileException e) {
            throw new StorageObjectMissingException("No object " + key, e);
        } catch (IOException e) {
            throw new StorageException("Cannot read " + key, e);
        }
    }

    @Override
    public boolean exists(String key) {
        return Files.isRegularFile(resolve(key));
    }

    @Override
    public void delete(String key) {
        try {
            Files.deleteIfExists(resolve(key));
        } catch (IOException e) {
            throw new StorageException("Cannot delete " + key, e);
        }
    }

    @Override
    public List<StoredObject> list(String prefix) {
        Path start = root.resolve(prefix.contains("/") ? prefix.substring(0, prefix.lastIndexOf('/')) : "").normalize();
        if (!start.startsWith(root) || !Files.isDirectory(start)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(start)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith(".incoming-"))
                    .map(p -> new StoredObject(root.relativize(p).toString().replace('\\', '/'), modified(p)))
                    .filter(o -> o.key().startsWith(prefix))
                    .toList();
        } catch (IOException e) {
            throw new StorageException("Cannot list " + prefix, e);
        }
    }

    private static Instant modified(Path path) {
        try {
            return Files.getLastModifiedTime(path).toInstant();
        } catch (IOException e) {
            return Instant.now();
        }
    }

    @Override
    public boolean isWritable() {
        return Files.isDirectory(root) && Files.isWritable(root);
    }

    private Path resolve(String key) {
        Path path = root.resolve(StorageKeys.requireSafe(key)).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("Key escapes the storage root: " + key);
        }
        return path;
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path path) {
        if (path != null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException ignored) {
                // the temp file is orphaned at worst; it never becomes visible under a key
            }
        }
    }
}
