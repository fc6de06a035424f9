package io.pageflow.convert;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.pageflow.config.PageflowSettings;
import io.pageflow.document.SourceFile;
import io.pageflow.error.ErrorCode;
import io.pageflow.error.PipelineException;
import io.pageflow.ingest.FileType;
import io.pageflow.metrics.PipelineMetrics;
import io.pageflow.storage.ObjectStorage;
import io.pageflow.storage.StorageException;
import io.pageflow.storage.StorageKeys;

/**
 * Makes the PDF of an office document for the split stage, once: the original stays as uploaded, the PDF is
 * stored as a derived object and reused by the later slices and by a restart. One conversion runs at a time on
 * a node — LibreOffice takes a core and hundreds of megabytes — and a second one waits for it.
 */
@ApplicationScoped
public class OfficeConverter {

    private static final Logger LOG = Logger.getLogger(OfficeConverter.class.getName());

    private final Semaphore oneAtATime = new Semaphore(1, true);

    @Inject
    ObjectStorage storage;

    @Inject
    PageflowSettings settings;

    @Inject
    PipelineMetrics metrics;

    /** Returns the storage key of the document's PDF, converting the original if it has not been yet. */
    public String pdfOf(long documentId, SourceFile original) {
        String key = StorageKeys.converted(documentId, original.getSha256());
        if (storage.exists(key)) {
            return key;
        }
        Duration timeout = Duration.ofSeconds(settings.office().timeoutSeconds());
        try {
            // A conversion ends or is killed within its timeout, so waiting longer means something is stuck.
            if (!oneAtATime.tryAcquire(timeout.toSeconds() + 10, TimeUnit.SECONDS)) {
                throw new PipelineException(ErrorCode.CONVERTER_UNAVAILABLE, "LibreOffice is busy with another "
                        + "conversion on this node; the document waits for its turn");
            }
            try {
                convert(original, key, timeout);
            } finally {
                oneAtATime.release();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PipelineException(ErrorCode.CONVERTER_UNAVAILABLE, "The conversion was interrupted", e);
        }
        return key;
    }

    /** Null when the configured LibreOffice program can be run, else why not (for readiness). */
    public String problem() {
        String command = settings.office().command();
        return ProgramPath.resolve(command).isPresent() ? null
                : "LibreOffice's program '" + command + "' (PAGEFLOW_OFFICE_COMMAND) is not an executable file on "
                        + "the PATH; install libreoffice-core, libreoffice-writer, libreoffice-calc and libreoffice-impress";
    }

    private void convert(SourceFile original, String key, Duration timeout) throws InterruptedException {
        FileType type = FileType.ofMediaType(original.getContentType()).filter(FileType::isOffice)
                .orElseThrow(() -> new PipelineException(ErrorCode.UNSUPPORTED_TYPE,
                        "Not an office document: " + original.getContentType()));
        Path workDir = createWorkDir();
        try {
            Path input = workDir.resolve("document." + type.extension());
            try (InputStream in = storage.open(original.getStorageKey())) {
                Files.copy(in, input);
            } catch (IOException e) {
                throw new StorageException("Cannot read " + original.getStorageKey(), e);
            }
            long start = System.nanoTime();
            Path pdf = new LibreOfficeRun(settings.office().command(), timeout)
                    .convert(input, LibreOfficeRun.importFilter(type), workDir);
            long took = System.nanoTime() - start;
            metrics.stageTook("convert", took);
            try (InputStream in = Files.newInputStream(pdf)) {
                storage.put(key, in);
            } catch (IOException e) {
                throw new StorageException("Cannot read the converted PDF", e);
            }
            LOG.info(() -> "Converted " + type + " " + original.getStorageKey() + " to PDF in "
                    + Duration.ofNanos(took).toMillis() + " ms");
        } finally {
            deleteTree(workDir);
        }
    }

    private static Path createWorkDir() {
        try {
            return Files.createTempDirectory("pageflow-office-");
        } catch (IOException e) {
            throw new PipelineException(ErrorCode.CONVERTER_UNAVAILABLE, "Cannot create a working folder", e);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            LOG.fine(() -> "Cannot remove " + root + ": " + e.getMessage());
        }
    }
}
