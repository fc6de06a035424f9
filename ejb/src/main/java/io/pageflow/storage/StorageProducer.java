package io.pageflow.storage;

import java.nio.file.Path;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Chooses the storage implementation from configuration; {@link ResilientStorage} wraps it. */
@ApplicationScoped
public class StorageProducer {

    @Produces
    @ApplicationScoped
    @StorageBackend
    ObjectStorage objectStorage(@ConfigProperty(name = "pageflow.storage.dir") Optional<String> directory) {
        Path root = directory.filter(d -> !d.isBlank())
                .map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("jboss.server.data.dir", "."), "pageflow-storage"));
        return new FileSystemStorage(root);
    }
}
