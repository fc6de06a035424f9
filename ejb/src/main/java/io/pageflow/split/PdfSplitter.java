package io.pageflow.split;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;

import io.pageflow.error.ErrorCode;
import io.pageflow.error.PipelineException;
import io.pageflow.page.PageFiles;
import io.pageflow.state.PageRead;
import io.pageflow.storage.ObjectStorage;
import io.pageflow.storage.StorageException;
import io.pageflow.storage.StorageKeys;

/**
 * Reads a slice of a stored PDF's pages: the text of those with a usable text layer ({@link TextLayerPass}), and a
 * single-page PDF for each page that needs the page stage. The document is parsed from a temporary file with a
 * file-backed cache, and pages are written one at a time: a large PDF never sits in memory whole.
 */
@ApplicationScoped
public class PdfSplitter {

    @Inject
    ObjectStorage storage;

    @Inject
    PageFiles pageFiles;

    @Inject
    @ConfigProperty(name = "pageflow.pdf.max-pages", defaultValue = "5000")
    int maxPages;

    public int maxPages() {
        return maxPages;
    }

    /**
     * What one slice of the document holds.
     *
     * @param pages     the document's page count
     * @param last      the slice's last page ({@link SliceEnd})
     * @param read      pages read here, to complete with the slice
     * @param toProcess pages cut into PDFs of their own for the page stage
     */
    public record Slice(int pages, int last, List<PageRead> read, List<Integer> toProcess) {
    }

    /**
     * Reads the slice of {@code size} pages from {@code first} (1-based; {@link SliceEnd} says where it ends). Page PDFs
     * are saved decrypted; those of a document opened with a password are all cut now, since the password is
     * forgotten after the split and no page could be cut later ({@link PageFiles} cuts the others when first needed).
     * Reading a slice again writes the same objects: a re-run is harmless.
     */
    public Slice split(long documentId, String sourceKey, String password, int first, int size, boolean ocrImages) {
        Path temp = download(sourceKey);
        try (PDDocument pdf = Loader.loadPDF(temp.toFile(), password == null ? "" : password,
                IOUtils.createTempFileOnlyStreamCache())) {
            int pages = pdf.getNumberOfPages();
            if (pages == 0) {
                throw new PipelineException(ErrorCode.PDF_NO_PAGES, "The PDF has no pages");
            }
            if (pages > maxPages) {
                throw new PipelineException(ErrorCode.TOO_MANY_PAGES,
                        "The PDF has " + pages + " pages; the limit is " + maxPages);
            }
            int end = SliceEnd.of(first, size, pages);
            TextLayerPass.Outcome outcome = TextLayerPass.run(pdf, documentId, first, end, ocrImages);
            // Owner-password-only PDFs open without a password; their pages are saved unencrypted.
            pdf.setAllSecurityToBeRemoved(true);
            if (password != null) {
                for (int page = first; page <= end; page++) {
                    pageFiles.storePage(pdf, page - 1, StorageKeys.pageSource(documentId, page));
                }
            } else {
                for (int page : outcome.toProcess()) {
                    pageFiles.storePage(pdf, page - 1, StorageKeys.pageSource(documentId, page));
                }
            }
            return new Slice(pages, end, outcome.read(), outcome.toProcess());
        } catch (InvalidPasswordException e) {
            throw new PipelineException(ErrorCode.PDF_ENCRYPTED, password == null
                    ? "The PDF is encrypted with a password; send it in the upload's password field"
                    : "The PDF is encrypted and the password given does not open it", e);
        } catch (PipelineException | StorageException | FaultToleranceException e) {
            throw e;
        } catch (RuntimeException e) {
            // PDFBox reports some malformed structures with runtime exceptions: still a broken file.
            throw new PipelineException(ErrorCode.PDF_CORRUPT, "The PDF cannot be read: " + e, e);
        } catch (IOException e) {
            throw new PipelineException(ErrorCode.PDF_CORRUPT, "The PDF cannot be read: " + e.getMessage(), e);
        } finally {
            deleteQuietly(temp);
        }
    }

    private Path download(String key) {
        try (InputStream in = storage.open(key)) {
            Path temp = Files.createTempFile("pageflow-split-", ".pdf");
            Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            return temp;
        } catch (IOException e) {
            throw new StorageException("Cannot read " + key, e);
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // a stray temp file is not worth failing the job for
        }
    }
}
