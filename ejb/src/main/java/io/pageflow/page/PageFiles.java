package io.pageflow.page;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import io.pageflow.convert.OfficeConverter;
import io.pageflow.document.Document;
import io.pageflow.document.SourceFile;
import io.pageflow.error.ErrorCode;
import io.pageflow.error.PipelineException;
import io.pageflow.storage.ObjectStorage;
import io.pageflow.storage.StorageException;
import io.pageflow.storage.StorageKeys;

/**
 * A PDF page's own files, made when first needed and then kept in storage: the single-page PDF (for OCR, a retried
 * page, the console) and the review image beside it (for {@code /image}). Pages read from their text layer at split
 * need neither, so most born-digital pages never get them. Both are derived from the document's PDF (an office
 * document's converted PDF), so making one twice makes the same object.
 */
@ApplicationScoped
public class PageFiles {

    private static final Pattern PAGE_SOURCE = Pattern.compile("documents/(\\d+)/pages/page-(\\d+)\\.pdf");

    @PersistenceContext(unitName = "pageflow")
    EntityManager em;

    @Inject
    ObjectStorage storage;

    @Inject
    OfficeConverter officeConverter;

    @Inject
    PageRenderer renderer;

    /** The key of the page's source, cut from its document first if it is a page PDF not made yet. */
    public String source(String sourceKey) {
        Matcher cut = PAGE_SOURCE.matcher(sourceKey);
        if (cut.matches() && !storage.exists(sourceKey)) {
            cutPage(Long.parseLong(cut.group(1)), Integer.parseInt(cut.group(2)), sourceKey);
        }
        return sourceKey;
    }

    /**
     * The key of the page's review image, rendered from its PDF first if it was not made yet; an uploaded image is
     * its own review image.
     */
    public String image(String sourceKey, String imageKey, int pageNumber) {
        if (imageKey == null || imageKey.equals(sourceKey) || storage.exists(imageKey)) {
            return imageKey;
        }
        Path pdf = download(source(sourceKey));
        try (PDDocument page = Loader.loadPDF(pdf.toFile())) {
            storage.put(imageKey, png(renderer.preview(page, pageNumber)));
            return imageKey;
        } catch (IOException e) {
            throw new PipelineException(ErrorCode.PDF_CORRUPT, "The page cannot be rendered: " + e.getMessage(), e);
        } finally {
            deleteQuietly(pdf);
        }
    }

    /** Saves page {@code index} (0-based) of {@code pdf} as a PDF of its own under {@code key}, through a temp file. */
    public void storePage(PDDocument pdf, int index, String key) throws IOException {
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

    /** The stored PDF a document's pages are cut from: the upload, or an office document's conversion. */
    public String documentPdf(Document document, SourceFile file) {
        return document.isOffice() ? officeConverter.pdfOf(document.getId(), file) : file.getStorageKey();
    }

    private void cutPage(long documentId, int pageNumber, String key) {
        Document document = em.find(Document.class, documentId);
        List<SourceFile> files = em.createQuery(
                "select f from SourceFile f where f.documentId = :id order by f.position", SourceFile.class)
                .setParameter("id", documentId)
                .getResultList();
        if (document == null || files.isEmpty()) {
            throw new PipelineException(ErrorCode.PDF_CORRUPT, "Page " + pageNumber + " has no document to be cut from");
        }
        Path pdf = download(documentPdf(document, files.get(0)));
        String password = document.getPdfPassword();
        try (PDDocument whole = Loader.loadPDF(pdf.toFile(), password == null ? "" : password,
                IOUtils.createTempFileOnlyStreamCache())) {
            whole.setAllSecurityToBeRemoved(true);
            storePage(whole, pageNumber - 1, key);
        } catch (InvalidPasswordException e) {
            throw new PipelineException(ErrorCode.PDF_ENCRYPTED, "Page " + pageNumber + " is encrypted", e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof PipelineException || e instanceof StorageException) {
                throw (RuntimeException) e;
            }
            throw new PipelineException(ErrorCode.PDF_CORRUPT, "Page " + pageNumber + " cannot be cut: " + e, e);
        } finally {
            deleteQuietly(pdf);
        }
    }

    /** PDFBox reads from a file it seeks in, so a large PDF never sits in memory whole. */
    Path download(String key) {
        try (InputStream in = storage.open(key)) {
            Path temp = Files.createTempFile("pageflow-page-", ".pdf");
            try {
                Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                deleteQuietly(temp);
                throw e;
            }
            return temp;
        } catch (IOException e) {
            throw new StorageException("Cannot read " + key, e);
        }
    }

    static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // a stray temp file is not worth failing for
        }
    }

    private static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
