package io.pageflow.split;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

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
import io.pageflow.storage.ObjectStorage;
import io.pageflow.storage.StorageException;
import io.pageflow.storage.StorageKeys;

/**
 * Cuts a stored PDF into single-page PDFs, one object per page, so that pages can be processed in
 * parallel by any worker. The document is parsed from a temporary file with a file-backed cache, and
 * pages are written one at a time: a large PDF never sits in memory whole.
 */
@ApplicationScoped
public class PdfSplitter {

    @Inject
    ObjectStorage storage;

    @Inject
    @ConfigProperty(name = "pageflow.pdf.max-pages", defaultValue = "5000")
    int maxPages;

    public int maxPages() {
        return maxPages;
    }

    /**
     * Writes pages {@code first} to {@code last} (1-based, inclusive; {@code last} is cut to the page count) as
     * single-page PDFs and returns the document's page count. They are saved decrypted, so the password is
     * needed only here. Writing a page again writes the same object: a re-run is harmless.
     */
    public int split(long documentId, String sourceKey, String password, int first, int last) {
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
            // Owner-password-only PDFs open without a password; their pages are saved unencrypted.
            pdf.setAllSecurityToBeRemoved(true);
            for (int i = first - 1; i < Math.min(last, pages); i++) {
                storePage(pdf, i, StorageKeys.pageSource(documentId, i + 1));
            }
            return pages;
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

    /** Saves one page as a PDF of its own through a temporary file: a page can be as large as the upload. */
    private void storePage(PDDocument pdf, int index, String key) throws IOException {
        Path file = Files.createTempFile("pageflow-page-", ".pdf");
        try (PDDocument single = new PDDocument()) {
            single.importPage(pdf.getPage(index));
            single.save(file.toFile());
            try (InputStream in = Files.newInputStream(file)) {
                storage.put(key, in);
            }
        } finally {
            deleteQuietly(file);
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
