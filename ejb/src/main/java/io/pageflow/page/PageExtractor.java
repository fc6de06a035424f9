package io.pageflow.page;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import javax.imageio.ImageIO;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;

import io.pageflow.error.ErrorCode;
import io.pageflow.error.PipelineException;
import io.pageflow.ingest.ImageLimits;
import io.pageflow.storage.ObjectStorage;
import io.pageflow.storage.StorageException;
import io.pageflow.storage.StorageKeys;

/**
 * Gets the text of one page: the PDF's own text layer when it is usable, otherwise OCR of the page's scanned
 * image or of the page rendered at 300 DPI (see {@link PageRenderer}), with the job's OCR options. Also stores the
 * page image that users look at beside the text.
 */
@ApplicationScoped
public class PageExtractor {

    /** Assumed for uploaded images, which rarely carry a trustworthy resolution. */
    static final int IMAGE_DPI = 300;

    @Inject
    ObjectStorage storage;

    @Inject
    OcrEngine ocr;

    @Inject
    PageRenderer renderer;

    @Inject
    ImageLimits imageLimits;

    @Inject
    JobOcrOptions ocrOptions;

    public PageResult extract(PageWork work) {
        return work.fromPdf() ? fromPdf(work) : fromImage(work);
    }

    private PageResult fromPdf(PageWork work) {
        Path source = download(work.sourceKey());
        try (PDDocument pdf = Loader.loadPDF(source.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            String imageKey = StorageKeys.imageBeside(work.sourceKey());
            storage.put(imageKey, png(renderer.preview(pdf, work.pageNumber())));
            if (TextLayer.isUsable(text)) {
                return PageResult.textLayer(normalize(text), imageKey);
            }
            return recognize(work, renderer.forOcr(pdf, work.pageNumber()), imageKey);
        } catch (InvalidPasswordException e) {
            throw new PipelineException(ErrorCode.PDF_ENCRYPTED, "Page " + work.pageNumber() + " is encrypted", e);
        } catch (IOException e) {
            throw new PipelineException(ErrorCode.PDF_CORRUPT,
                    "Page " + work.pageNumber() + " cannot be read: " + e.getMessage(), e);
        } catch (PipelineException | StorageException | FaultToleranceException e) {
            throw e;
        } catch (RuntimeException e) {
            // PDFBox reports some malformed structures with runtime exceptions: still a broken page.
            throw new PipelineException(ErrorCode.PDF_CORRUPT, "Page " + work.pageNumber() + " cannot be read: " + e, e);
        } finally {
            deleteQuietly(source);
        }
    }

    private PageResult fromImage(PageWork work) {
        long pixels;
        try (InputStream in = storage.open(work.sourceKey())) {
            pixels = ImageLimits.declaredPixels(in);
        } catch (IOException e) {
            throw new PipelineException(ErrorCode.IMAGE_UNREADABLE,
                    "Page " + work.pageNumber() + " image header cannot be read: " + e.getMessage(), e);
        }
        if (imageLimits.isTooLarge(pixels)) {
            throw new PipelineException(ErrorCode.IMAGE_TOO_LARGE, "Page " + work.pageNumber() + " declares " + pixels
                    + " pixels; the limit is " + imageLimits.maxPixels());
        }
        BufferedImage image;
        try (InputStream in = storage.open(work.sourceKey())) {
            image = ImageIO.read(in);
        } catch (IOException e) {
            throw new PipelineException(ErrorCode.IMAGE_UNREADABLE,
                    "Page " + work.pageNumber() + " image cannot be decoded: " + e.getMessage(), e);
        }
        if (image == null) {
            throw new PipelineException(ErrorCode.IMAGE_UNREADABLE,
                    "Page " + work.pageNumber() + " image is in a format this server cannot decode");
        }
        return recognize(work, new PageImage(image, IMAGE_DPI, IMAGE_DPI), work.sourceKey());
    }

    private PageResult recognize(PageWork work, PageImage image, String imageKey) {
        OcrEngine.OcrResult result = ocr.recognize(image, work.language(), ocrOptions.of(work.jobId()));
        String text = normalize(result.text());
        if (text.isBlank()) {
            throw new PipelineException(ErrorCode.OCR_EMPTY, "OCR found no text on page " + work.pageNumber());
        }
        return PageResult.ocr(text, result.confidence(), imageKey);
    }

    /** Unix line ends, no trailing spaces, no leading or trailing blank lines. */
    static String normalize(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').replaceAll("[ \\t]+\n", "\n").strip();
    }

    /** PDFBox reads a page from a file it seeks in, so a large page PDF never sits in memory whole. */
    private Path download(String key) {
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

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // a stray temp file is not worth failing the page for
        }
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
